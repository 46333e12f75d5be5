import { describe, expect, it } from 'vitest';
import { HighlightPainter } from './highlight-painter';
import { fakeHighlightApi } from './testing/fake-highlights';

const range = () => document.createRange();

describe('HighlightPainter', () => {
  it('registers one highlight per kind that has ranges', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.paint(
      new Map([
        ['person', [range(), range()]],
        ['event', [range()]],
        ['country', []],
      ]),
    );
    expect([...api.entries.keys()]).toEqual(['backstory-person', 'backstory-event']);
    expect(api.entries.get('backstory-person')!.ranges).toHaveLength(2);
  });

  it('swaps the ranges of a kind that stays, keeping its Highlight registered', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.paint(new Map([['person', [range()]]]));
    const first = api.entries.get('backstory-person');
    const next = [range(), range()];
    painter.paint(new Map([['person', next]]));
    expect(api.entries.get('backstory-person')).toBe(first);
    expect(first!.ranges).toEqual(next);
  });

  it('unregisters kinds that no longer have ranges, and leaves others alone', () => {
    const api = fakeHighlightApi();
    api.entries.set('page-own', api.create([]) as never);
    const painter = new HighlightPainter(api);
    painter.paint(new Map([['person', [range()]]]));
    painter.paint(new Map([['group', [range()]]]));
    expect([...api.entries.keys()].sort()).toEqual(['backstory-group', 'page-own']);
  });

  it('draws the focus above the others and clears everything it drew', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    painter.paint(new Map([['person', [range()]]]));
    painter.focus(range());
    expect(api.entries.get('backstory-focus')!.priority).toBe(1);
    painter.focus(null);
    expect(api.entries.has('backstory-focus')).toBe(false);
    painter.focus(range());
    painter.clear();
    expect(api.entries.size).toBe(0);
  });
});
