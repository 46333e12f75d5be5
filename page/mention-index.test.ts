import { describe, expect, it } from 'vitest';
import { MentionIndex } from './mention-index';
import { spotPage } from './testing/run-task';

describe('MentionIndex', () => {
  it('indexes drawn mentions by Text node, with their live ranges', () => {
    const { mentions } = spotPage('<p>John <b>Kerry</b> met Putin.</p>');
    const index = new MentionIndex(mentions);
    const [kerry, putin] = index.list;
    expect(kerry!.range.toString()).toBe('John Kerry');
    expect(putin!.range.toString()).toBe('Putin');
    const bold = document.querySelector('b')!.firstChild!;
    expect(index.inNode(bold).map((d) => d.linked.mention.entityId)).toEqual(['john-kerry']);
  });

  it('reuses the range of a mention it drew before (a view rebuilt after a change elsewhere)', () => {
    const { mentions } = spotPage('<p>John Kerry met Putin.</p>');
    const first = new MentionIndex(mentions);
    const again = new MentionIndex(mentions.slice(1));
    expect(again.list[0]!.range).toBe(first.list[1]!.range);
  });

  it('reuses the range of the same stretch of a block when the page is linked again', () => {
    const { mentions } = spotPage('<p>John Kerry met Putin.</p>');
    const first = new MentionIndex(mentions);
    const relinked = mentions.map((m) => ({ ...m, mention: { ...m.mention } }));
    const again = new MentionIndex(relinked).list;
    expect(again.map((d, i) => d.range === first.list[i]!.range)).toEqual([true, true]);
  });
});
