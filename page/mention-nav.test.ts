import { describe, expect, it, vi } from 'vitest';
import type { DrawnMention } from './mention-index';
import { scrollToRange, stepMention } from './mention-nav';

const mention = (name: string, bottom: number) =>
  ({
    linked: { mention: { name } },
    range: { getBoundingClientRect: () => ({ bottom }) },
  }) as unknown as DrawnMention;
const list = [mention('a', -50), mention('b', 10), mention('c', 900)];
const names = (d: DrawnMention | null) => d?.linked.mention.name;

describe('stepMention', () => {
  it.each([
    [null, 1, 'b'],
    [null, -1, 'a'],
    [0, 1, 'b'],
    [2, 1, 'a'],
    [0, -1, 'c'],
  ] as const)('from %s stepping %i goes to %s', (from, step, to) => {
    expect(names(stepMention(list, from === null ? null : list[from]!, step))).toBe(to);
  });

  it('wraps to the top when everything is above the view', () => {
    const above = [mention('a', -90), mention('b', -10)];
    expect(names(stepMention(above, null, 1))).toBe('a');
    expect(names(stepMention(above, null, -1))).toBe('b');
    expect(stepMention([], null, 1)).toBeNull();
  });
});

describe('scrollToRange', () => {
  it('leaves a visible range alone and centers one off screen', () => {
    document.body.innerHTML = '<p>x</p>';
    const p = document.body.firstElementChild!;
    const scrollIntoView = vi.fn();
    (p as HTMLElement).scrollIntoView = scrollIntoView;
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    let top = 100;
    range.getBoundingClientRect = () => ({ top, bottom: top + 16, left: 0, right: 10 }) as DOMRect;
    const view = { innerHeight: 700, innerWidth: 1000, scrollBy: vi.fn() } as unknown as Window;
    scrollToRange(range, view);
    expect(scrollIntoView).not.toHaveBeenCalled();
    top = 2000;
    scrollToRange(range, view);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(view.scrollBy).toHaveBeenCalledWith(0, 2000 - 350);
  });
});
