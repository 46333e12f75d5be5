import { describe, expect, it } from 'vitest';
import { articleParagraphs, type BodyMention } from './article-parts';

const mention = (start: number, end: number, entityId: string): BodyMention => ({
  start,
  end,
  entityId,
  kind: 'person',
  name: entityId,
});

describe('articleParagraphs', () => {
  it('cuts paragraphs and mentions at their offsets', () => {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    const body = 'Kerry met Lavrov.\n\nLavrov left Geneva.';
    const parts = articleParagraphs(body, [
      mention(0, 5, 'kerry'),
      mention(10, 16, 'lavrov'),
      mention(19, 25, 'lavrov'),
    ]);
    expect(
      parts.map((p) => [
        p.start,
        p.parts.map((x) => (x.mention ? `[${x.text}]` : x.text)).join(''),
      ]),
    ).toEqual([
      [0, '[Kerry] met [Lavrov].'],
      [19, '[Lavrov] left Geneva.'],
    ]);
  });

  it('drops a mention that crosses a line break or overlaps, keeping the text', () => {
    const body = 'New\nYork and more';
    const parts = articleParagraphs(body, [mention(0, 8, 'new-york'), mention(9, 12, 'and')]);
    expect(
      parts.map((p) => p.parts.map((x) => (x.mention ? `[${x.text}]` : x.text)).join('')),
    ).toEqual(['New', 'York [and] more']);
  });
});
