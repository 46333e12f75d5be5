import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../core/testing/spot';
import { nodesOf, pointAt, rangeOf } from './block-ranges';
import { collectBlocksNow } from './testing/run-task';

function blockOf(html: string) {
  document.body.innerHTML = html;
  return collectBlocksNow(document.body)[0]!;
}

describe('block ranges', () => {
  //            0         1         2
  //            0123456789012345678901234567
  // text:      John Kerry met Sergey Lavrov.
  // nodes:     [John][ Kerry met ][Sergey][ Lavrov.]
  const html = '<p><b>John</b> Kerry met <i>Sergey</i> Lavrov.</p>';

  it.each([
    [0, 'start', 'John', 0],
    [4, 'start', ' Kerry met ', 0],
    [4, 'end', 'John', 4],
    [15, 'start', 'Sergey', 0],
    [21, 'end', 'Sergey', 6],
    [28, 'end', ' Lavrov.', 7],
  ] as const)('offset %i with %s affinity is in "%s" at %i', (offset, affinity, data, at) => {
    const point = pointAt(blockOf(html), offset, affinity);
    expect([point.node.data, point.offset]).toEqual([data, at]);
  });

  it.each([
    [0, 10, 'John Kerry', ['John', ' Kerry met ']],
    [15, 28, 'Sergey Lavrov', ['Sergey', ' Lavrov.']],
    [22, 28, 'Lavrov', [' Lavrov.']],
  ])('[%i, %i) covers "%s"', (start, end, text, nodes) => {
    const block = blockOf(html);
    expect(rangeOf(block, start, end).toString()).toBe(text);
    expect(nodesOf(block, start, end).map((n) => n.data)).toEqual(nodes);
  });
});

describe('block ranges: invisible characters in a name', () => {
  it('a mention across a soft hyphen and a zero-width space maps back to the exact text', () => {
    // The page's text, as written, is what the spotter reads: `Vladi\u00admir Pu\u200btin`.
    const block = blockOf('<p>Yesterday Vladi&shy;mir <b>Pu&#8203;tin</b> spoke.</p>');
    expect(block.text).toBe('Yesterday Vladi\u00admir Pu\u200btin spoke.');
    const [mention] = seedSpotter.spot(block.text);
    expect(mention).toMatchObject({ entityId: 'vladimir-putin', start: 10, end: 26 });
    const range = rangeOf(block, mention!.start, mention!.end);
    expect(range.toString()).toBe('Vladi\u00admir Pu\u200btin');
    expect(nodesOf(block, mention!.start, mention!.end).map((n) => n.data)).toEqual([
      'Yesterday Vladi\u00admir ',
      'Pu\u200btin',
    ]);
  });
});
