import { describe, expect, it, vi } from 'vitest';
import { DIRECT_MAX, mentionAtPoint, pointInRects } from './hit-test';
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
    const ids = (list: readonly { linked: { mention: { entityId: string } } }[]) =>
      list.map((d) => d.linked.mention.entityId);
    // By element: the <b> holds John; the <p> holds " Kerry met Putin." (once each).
    expect(ids(index.inElement(john as Element))).toEqual(['john-kerry']);
    expect(ids(index.inElement(document.body.firstChild as Element))).toEqual([
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

  describe('with the element the pointer event went to', () => {
    const caret = vi.fn(() => null);
    const doc = document as unknown as { caretPositionFromPoint: unknown };
    /** Putin is drawn at x 100–140, every other mention at x 0–30. */
    function measure() {
      return vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
        return (String(this) === 'Putin' ? [rect(100, 0, 40, 16)] : [rect(0, 0, 30, 16)]) as never;
      });
    }

    it('measures the few mentions in it without a caret lookup', () => {
      const index = indexOf('<p>Kerry met Putin and <i>John Kerry</i></p>');
      const p = document.querySelector('p')!;
      doc.caretPositionFromPoint = caret;
      const rects = measure();
      expect(mentionAtPoint(index, document, 120, 8, p)?.linked.mention.text).toBe('Putin');
      expect(mentionAtPoint(index, document, 60, 8, p)).toBeNull();
      // Over the <i>: its own mention only.
      const i = document.querySelector('i')!;
      expect(mentionAtPoint(index, document, 10, 8, i)?.linked.mention.text).toBe('John Kerry');
      expect(caret).not.toHaveBeenCalled();
      rects.mockRestore();
      delete doc.caretPositionFromPoint;
    });

    it('answers none at once over an element that holds no mention', () => {
      const index = indexOf('<p>Kerry met Putin.</p><p id="plain">Nothing here.</p>');
      doc.caretPositionFromPoint = caret;
      const rects = measure();
      expect(mentionAtPoint(index, document, 10, 8, document.getElementById('plain'))).toBeNull();
      expect(caret).not.toHaveBeenCalled();
      expect(rects).not.toHaveBeenCalled();
      rects.mockRestore();
      delete doc.caretPositionFromPoint;
    });

    it('looks up the caret when it holds more than DIRECT_MAX mentions', () => {
      const names = Array.from({ length: DIRECT_MAX + 1 }, () => 'Kerry met Putin.').join(' ');
      const index = indexOf(`<p>${names}</p>`);
      const p = document.querySelector('p')!;
      expect(index.inElement(p).length).toBeGreaterThan(DIRECT_MAX);
      doc.caretPositionFromPoint = vi.fn(() => ({ offsetNode: p.firstChild!, offset: 12 }));
      const rects = measure();
      expect(mentionAtPoint(index, document, 120, 8, p)?.linked.mention.text).toBe('Putin');
      expect(doc.caretPositionFromPoint).toHaveBeenCalledTimes(1);
      expect(rects).toHaveBeenCalledTimes(1);
      rects.mockRestore();
      delete doc.caretPositionFromPoint;
    });
  });
});
