import { describe, expect, it } from 'vitest';
import { segmentSentences } from './search-sentences';

describe('segmentSentences', () => {
  it('splits on sentence ends and line breaks, trimmed, with offsets', () => {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    const text = 'Kerry left. Lavrov stayed.\nG20 met.  ';
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Kerry left.', 'Lavrov stayed.', 'G20 met.']);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [0, 11],
      [12, 26],
      [27, 35],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences(' \n ')).toEqual([]);
  });
});
