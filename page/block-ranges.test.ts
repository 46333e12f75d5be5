import { describe, expect, it } from 'vitest';
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
