import { describe, expect, it } from 'vitest';
import { drain } from '../core/steps';
import { BLOCKS_PER_STEP, sectionOf, selectDrawn, selectDrawnSteps, type Density } from './density';
import { collectBlocksNow } from './testing/run-task';
import { spotPage } from './testing/run-task';

function drawn(html: string, density: Density) {
  const { blocks, model } = spotPage(html);
  return selectDrawn(blocks, (b) => model.mentionsOf(b), density).map(
    (m) => `${blocks.indexOf(m.block)}:${m.mention.text}`,
  );
}

const page = `
  <h1>Putin and John Kerry</h1>
  <article>
    <p>Putin met Kerry. Putin left.</p>
    <p>John Kerry stayed.</p>
    <h2>Later</h2>
    <p>Putin returned.</p>
  </article>
  <aside><p>Putin</p></aside>`;

describe('selectDrawn', () => {
  it('draws every mention with density "all"', () => {
    expect(drawn(page, 'all')).toEqual([
      '0:Putin', '0:John Kerry', '1:Putin', '1:Kerry', '1:Putin', '2:John Kerry', '4:Putin', '5:Putin',
    ]); // prettier-ignore
  });

  it('draws the first mention of each entity per section, headings starting new ones', () => {
    expect(drawn(page, 'first-per-section')).toEqual([
      '0:Putin', // body
      '0:John Kerry',
      '1:Putin', // article
      '1:Kerry',
      '4:Putin', // article, after "Later"
      '5:Putin', // aside
    ]);
  });

  it('finds the sectioning element of a block, the body when none', () => {
    document.body.innerHTML =
      '<article><h2>Title <b>x</b></h2><p>Body</p></article><aside><p>Side</p></aside><p>Loose</p>' +
      '<div role="main"><h3><div>Deep</div></h3><div><p>Under</p></div></div>';
    const blocks = collectBlocksNow(document.body);
    expect(blocks.map((b) => [b.text, sectionOf(b).localName])).toEqual([
      ['Title x', 'article'],
      ['Body', 'article'],
      ['Side', 'aside'],
      ['Loose', 'body'],
      ['Deep', 'div'],
      ['Under', 'div'],
    ]);
  });

  it('reads the blocks in steps of BLOCKS_PER_STEP', () => {
    const { blocks, model } = spotPage('<p>Putin met John Kerry.</p>'.repeat(BLOCKS_PER_STEP * 2));
    const steps = selectDrawnSteps(blocks, (b) => model.mentionsOf(b), 'all');
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBe(2);
    expect(step.value).toEqual(drain(selectDrawnSteps(blocks, (b) => model.mentionsOf(b), 'all')));
    expect(step.value).toHaveLength(BLOCKS_PER_STEP * 4);
  });
});
