import { describe, expect, it, vi } from 'vitest';
import { mentionAtPoint, pointInRects } from './hit-test';
import { MentionIndex } from './mention-index';
import { spotPage } from './testing/run-task';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height }) as DOMRect;

const indexOf = (html: string) => new MentionIndex(spotPage(html).mentions);

describe('pointInRects', () => {
  it.each([
    [5, 5, true],
    [0, 0, true],
    [10, 20, true],
    [11, 5, false],
    [25, 25, true],
    [25, 40, false],
  ])('(%i, %i) inside: %s', (x, y, inside) => {
    expect(pointInRects([rect(0, 0, 10, 20), rect(20, 20, 10, 10)], x, y)).toBe(inside);
  });
});

describe('MentionIndex', () => {
  it('indexes each mention under every Text node it touches', () => {
    const index = indexOf('<p>Then <b>John</b> Kerry met Putin.</p>');
    const [then, john, kerry] = document.body.firstChild!.childNodes;
    expect(index.inNode(then!)).toEqual([]);
    expect(index.inNode(john!.firstChild!).map((d) => d.linked.mention.entityId)).toEqual([
      'john-kerry',
    ]);
    expect(index.inNode(kerry!).map((d) => d.linked.mention.entityId)).toEqual([
      'john-kerry',
      'vladimir-putin',
    ]);
    expect([...index.rangesByKind((k) => k === 'person').keys()]).toEqual(['person']);
  });
});

describe('mentionAtPoint', () => {
  it('tests only the mentions in the node under the caret, against their rects', () => {
    const index = indexOf('<p>Kerry met Putin and <i>John Kerry</i></p>');
    const text = document.body.firstChild!.firstChild!;
    const doc = document as unknown as { caretPositionFromPoint: unknown };
    doc.caretPositionFromPoint = () => ({ offsetNode: text, offset: 11 });
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (
      this: Range,
    ) {
      return (this.toString() === 'Putin' ? [rect(100, 0, 40, 16)] : [rect(0, 0, 30, 16)]) as never;
    });
    expect(mentionAtPoint(index, document, 120, 8)?.linked.mention.text).toBe('Putin');
    expect(mentionAtPoint(index, document, 120, 30)).toBeNull();
    // The caret at offset 11 lies in "Putin" (10–15), not in "Kerry" (0–5): two
    // tests measure Putin once each; "John Kerry" in <i> is never measured.
    expect(rects.mock.contexts.map((r) => String(r))).toEqual(['Putin', 'Putin']);
    // A caret after the last letter of "Kerry" (offset 5) may mean its last letter.
    rects.mockClear();
    doc.caretPositionFromPoint = () => ({ offsetNode: text, offset: 5 });
    expect(mentionAtPoint(index, document, 20, 8)?.linked.mention.text).toBe('Kerry');
    expect(rects.mock.contexts.map((r) => String(r))).toEqual(['Kerry']);
    rects.mockRestore();
    delete doc.caretPositionFromPoint;
  });
});
