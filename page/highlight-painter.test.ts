import { describe, expect, it, vi } from 'vitest';
import type { HighlightKind } from '../core/pack';
import { drain } from '../core/steps';
import { HighlightPainter, MAX_SINGLE_DELETES, RANGES_PER_STEP } from './highlight-painter';
import { fakeHighlightApi } from './testing/fake-highlights';

let made = 0;
/** A range with an id of its own, so that equality tells ranges apart. */
const range = () => Object.assign(document.createRange(), { id: ++made });
const ranges = (n: number) => Array.from({ length: n }, range);
/** A whole paint at once. */
const paint = (painter: HighlightPainter, byKind: Map<HighlightKind, AbstractRange[]>) =>
  drain(painter.paintSteps(byKind));

describe('HighlightPainter', () => {
  it('registers one highlight per kind that has ranges', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    paint(
      painter,
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
    paint(painter, new Map([['person', [range()]]]));
    const first = api.entries.get('backstory-person');
    const next = [range(), range()];
    paint(painter, new Map([['person', next]]));
    expect(api.entries.get('backstory-person')).toBe(first);
    expect(first!.ranges).toEqual(next);
  });

  it('unregisters kinds that no longer have ranges, and leaves others alone', () => {
    const api = fakeHighlightApi();
    api.entries.set('page-own', api.create([]) as never);
    const painter = new HighlightPainter(api);
    paint(painter, new Map([['person', [range()]]]));
    paint(painter, new Map([['group', [range()]]]));
    expect([...api.entries.keys()].sort()).toEqual(['backstory-group', 'page-own']);
  });

  it('draws the focus above the others and clears everything it drew', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    paint(painter, new Map([['person', [range()]]]));
    painter.focus(range());
    expect(api.entries.get('backstory-focus')!.priority).toBe(1);
    painter.focus(null);
    expect(api.entries.has('backstory-focus')).toBe(false);
    painter.focus(range());
    painter.clear();
    expect(api.entries.size).toBe(0);
  });

  it('draws many ranges in steps, and keeps drawn ranges drawn when more come', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    const first = ranges(RANGES_PER_STEP * 2 + 1);
    const steps = painter.paintSteps(new Map([['person', first]]));
    const drawn = () => api.entries.get('backstory-person')?.ranges.length;
    expect(steps.next().done).toBe(false);
    expect(drawn()).toBe(RANGES_PER_STEP);
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(true);
    expect(drawn()).toBe(first.length);

    const highlight = api.entries.get('backstory-person') as unknown as Set<AbstractRange>;
    const clear = vi.spyOn(highlight, 'clear');
    const remove = vi.spyOn(highlight, 'delete');
    const more = [...first, ...ranges(3)];
    paint(painter, new Map([['person', more]]));
    expect(clear).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(api.entries.get('backstory-person')!.ranges).toEqual(more);
  });

  it('deletes a few ranges that go one by one, and clears when many go', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    const all = ranges(40);
    paint(painter, new Map([['person', all]]));
    const highlight = api.entries.get('backstory-person') as unknown as Set<AbstractRange>;
    const clear = vi.spyOn(highlight, 'clear');
    const remove = vi.spyOn(highlight, 'delete');

    const fewGone = all.slice(MAX_SINGLE_DELETES);
    paint(painter, new Map([['person', fewGone]]));
    expect(remove).toHaveBeenCalledTimes(MAX_SINGLE_DELETES);
    expect(clear).not.toHaveBeenCalled();
    expect(new Set(api.entries.get('backstory-person')!.ranges)).toEqual(new Set(fewGone));

    const manyGone = fewGone.slice(MAX_SINGLE_DELETES + 1);
    paint(painter, new Map([['person', manyGone]]));
    expect(clear).toHaveBeenCalledTimes(1);
    expect(new Set(api.entries.get('backstory-person')!.ranges)).toEqual(new Set(manyGone));
  });

  it('stops a paint overtaken by a later one', () => {
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    const slow = painter.paintSteps(new Map([['person', ranges(RANGES_PER_STEP * 3)]]));
    slow.next();
    const later = ranges(2);
    paint(painter, new Map([['person', later]]));
    expect(slow.next().done).toBe(true);
    expect(api.entries.get('backstory-person')!.ranges).toEqual(later);
  });
});
