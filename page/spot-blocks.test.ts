import { describe, expect, it } from 'vitest';
import { chunkBlocks, spotBlocks, type BlockSpotter, type SpotBlocksOptions } from './spot-blocks';
import { fakeSpotter } from './testing/fake-spotter';
import { collectBlocksNow, spotPage } from './testing/run-task';

function spotHtml(html: string, options?: SpotBlocksOptions, spotter = fakeSpotter()) {
  const { blocks, mentions } = spotPage(html, options, spotter);
  return mentions.map((m) => [blocks.indexOf(m.block), m.start, m.end, m.mention.entityId]);
}

describe('spotBlocks', () => {
  it.each(['', '<p> </p>', '<script>Putin</script>'])(
    'spots nothing on a page without text: %j',
    (html) => {
      const spotter = fakeSpotter();
      expect(spotHtml(html, {}, spotter)).toEqual([]);
      expect(spotter.calls).toEqual([]);
    },
  );

  it('maps mentions to their block and offsets, across inline elements', () => {
    //                 0         1
    //                 0123456789012345
    // block 0:        Intro
    // block 1:        Then John Kerry met Putin.
    expect(spotHtml('<p>Intro</p><p>Then <b>John</b> Kerry met Putin.</p>')).toEqual([
      [1, 5, 15, 'john-kerry'],
      [1, 20, 25, 'vladimir-putin'],
    ]);
  });

  it('never matches across a block boundary', () => {
    expect(spotHtml('<p>John</p><p>Kerry and Putin</p>')).toEqual([[1, 10, 15, 'vladimir-putin']]);
  });

  it('links a weak alias with support from another block', () => {
    expect(spotHtml('<p>Kerry</p><p>John Kerry</p>')).toEqual([
      [0, 0, 5, 'john-kerry'],
      [1, 0, 10, 'john-kerry'],
    ]);
  });

  it('lends support from outside through a header, and drops mentions in it', () => {
    const spotter = fakeSpotter();
    const got = spotHtml('<p>Kerry met Lavrov</p>', { support: ['John Kerry'] }, spotter);
    expect(got).toEqual([[0, 0, 5, 'john-kerry']]);
    expect(spotter.calls).toEqual(['John Kerry\n\nKerry met Lavrov\n\n']);
  });

  it('spots a long page in chunks, twice, so support crosses chunks', () => {
    const spotter = fakeSpotter();
    const filler = '<p>' + 'x'.repeat(50) + '</p>';
    const got = spotHtml(`<p>Kerry</p>${filler}<p>John Kerry</p>`, { chunkChars: 40 }, spotter);
    expect(got).toEqual([
      [0, 0, 5, 'john-kerry'],
      [2, 0, 10, 'john-kerry'],
    ]);
    expect(spotter.calls).toHaveLength(6);
    expect(spotter.calls.every((text) => text.length < 80)).toBe(true);
  });

  it('spots the chunk holding the first block first', () => {
    const spotter = fakeSpotter();
    spotHtml(
      '<p>aaaa</p><p>bbbb</p><p>cccc</p>',
      { chunkChars: 4, firstBlock: 2, support: [] },
      spotter,
    );
    expect(spotter.calls).toEqual(['cccc\n\n', 'bbbb\n\n', 'aaaa\n\n']);
  });
});

describe('spotBlocks: in the steps of the spotter', () => {
  it('yields at each step of the spotter, and after each chunk', () => {
    const fake = fakeSpotter();
    let spotterYields = 0;
    const stepped: BlockSpotter = {
      *spotSteps(text, options) {
        for (let i = 0; i < 5; i++) {
          spotterYields++;
          yield;
        }
        return fake.spot(text, options);
      },
    };
    document.body.innerHTML = '<p>Kerry</p><p>xxxxxxxxxx</p><p>John Kerry</p>';
    const task = spotBlocks(stepped, collectBlocksNow(document.body), { chunkChars: 12 });
    let yields = 0;
    let step = task.next();
    while (!step.done) {
      yields++;
      step = task.next();
    }
    expect(fake.calls.length).toBeGreaterThan(1);
    expect(spotterYields).toBe(5 * fake.calls.length);
    expect(yields).toBe(spotterYields + fake.calls.length);
    expect(step.value.map((m) => m.mention.entityId)).toEqual(['john-kerry', 'john-kerry']);
  });
});

describe('chunkBlocks', () => {
  it.each([
    [[3, 3, 3], 100, [[0, 3]]],
    [
      [3, 3, 3],
      6,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ],
    [
      [3, 3, 3],
      8,
      [
        [0, 2],
        [2, 3],
      ],
    ],
    [
      [20, 1],
      5,
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [[], 5, []],
  ])('lengths %j with limit %i give %j', (lengths, limit, chunks) => {
    const blocks = lengths.map((n) => ({ text: 'x'.repeat(n) }) as never);
    expect(chunkBlocks(blocks, limit)).toEqual(chunks);
  });
});
