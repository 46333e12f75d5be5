import { describe, expect, it } from 'vitest';
import { selectDrawn, type Density } from './density';
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
});
