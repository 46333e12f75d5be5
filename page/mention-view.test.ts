import { describe, expect, it, vi } from 'vitest';
import { drain } from '../core/steps';
import { MENTIONS_PER_STEP } from './mention-index';
import { HighlightPainter, RANGES_PER_STEP } from './highlight-painter';
import { MentionView, type ViewSettings } from './mention-view';
import { fakeHighlightApi } from './testing/fake-highlights';
import { spotPage } from './testing/run-task';

const allKinds = {
  person: true,
  organization: true,
  country: true,
  group: true,
  place: true,
  event: true,
};

function setup() {
  const { model } = spotPage(
    '<p>Putin met John Kerry in Syria.</p><p>Putin again at the G20 summit.</p>',
  );
  const api = fakeHighlightApi();
  const view = new MentionView(model, new HighlightPainter(api));
  const painted = () =>
    Object.fromEntries([...api.entries].map(([name, h]) => [name, h.ranges.map((r) => String(r))]));
  return { view, painted, api, model };
}
const settings = (patch: Partial<ViewSettings> = {}): ViewSettings => ({
  density: 'first-per-section',
  kinds: allKinds,
  visible: true,
  ...patch,
});

describe('MentionView', () => {
  it('paints the drawn mentions per kind', () => {
    const { view, painted } = setup();
    view.configure(settings());
    expect(painted()).toEqual({
      'backstory-person': ['Putin', 'John Kerry'],
      'backstory-country': ['Syria'],
      'backstory-event': ['G20 summit'],
    });
    expect(view.hoverable.list).toHaveLength(4);
  });

  it('paints every mention with density "all"', () => {
    const { view, painted } = setup();
    view.configure(settings({ density: 'all' }));
    expect(painted()['backstory-person']).toEqual(['Putin', 'John Kerry', 'Putin']);
  });

  it('leaves out hidden kinds, from the paint and from navigation', () => {
    const { view, painted } = setup();
    view.configure(settings({ kinds: { ...allKinds, person: false } }));
    expect(Object.keys(painted())).toEqual(['backstory-country', 'backstory-event']);
    expect(view.navigable.map((d) => d.kind)).toEqual(['country', 'event']);
  });

  it('draws nothing and hit-tests nothing when not visible, but still navigates', () => {
    const { view, painted } = setup();
    view.configure(settings());
    view.configure(settings({ visible: false }));
    expect(painted()).toEqual({});
    expect(view.hoverable.list).toEqual([]);
    expect(view.navigable).toHaveLength(4);
  });

  it('repaints only when the drawn mentions change', () => {
    const { view, api, model } = setup();
    view.configure(settings());
    const person = api.entries.get('backstory-person')!;
    const ranges = person.ranges;
    view.refresh();
    expect(person.ranges).toEqual(ranges);
    model.setMentions(model.mentions().slice(1));
    view.refresh();
    expect(person.ranges.map(String)).toEqual(['John Kerry', 'Putin']);
  });

  it('does not read the model again until it changed', () => {
    const { view, model } = setup();
    view.configure(settings());
    const first = view.refreshSteps();
    expect(first.next().done).toBe(true); // same model version: nothing to do
    model.setMentions(model.mentions());
    expect(drain(view.refreshSteps())).toBeUndefined();
    expect(view.hoverable.list).toHaveLength(4);
  });

  it('redraws a page of many mentions in steps, and paints once, at the end, in steps too', () => {
    const html = '<p>Putin met John Kerry in Syria.</p>'.repeat(MENTIONS_PER_STEP);
    const { model } = spotPage(html);
    const api = fakeHighlightApi();
    const painter = new HighlightPainter(api);
    const view = new MentionView(model, painter);
    view.configure(settings({ density: 'all' }));
    painter.clear();
    const paint = vi.spyOn(painter, 'paintSteps');
    const steps = view.refreshSteps(true);
    let yields = 0;
    let paintedAt = -1;
    let drawnThen = 0;
    while (!steps.next().done) {
      yields++;
      if (paintedAt < 0 && paint.mock.calls.length > 0) {
        paintedAt = yields;
        drawnThen = api.entries.get('backstory-person')!.ranges.length;
      }
    }
    // 3 mentions a paragraph: MENTIONS_PER_STEP × 3 mentions, indexed in 3 steps or more…
    expect(paintedAt).toBeGreaterThanOrEqual(3);
    expect(paint).toHaveBeenCalledTimes(1);
    // …then 2 × MENTIONS_PER_STEP people drawn in 2 steps.
    expect(drawnThen).toBe(RANGES_PER_STEP);
    expect(api.entries.get('backstory-person')!.ranges).toHaveLength(MENTIONS_PER_STEP * 2);
    expect(view.hoverable.list).toHaveLength(MENTIONS_PER_STEP * 3);
  });

  it('stops a refresh overtaken by a settings change', () => {
    const html = '<p>Putin met John Kerry in Syria.</p>'.repeat(MENTIONS_PER_STEP);
    const { model } = spotPage(html);
    const api = fakeHighlightApi();
    const view = new MentionView(model, new HighlightPainter(api));
    view.configure(settings({ density: 'all' }));
    const steps = view.refreshSteps(true);
    expect(steps.next().done).toBe(false); // started, with visible highlights
    view.configure(settings({ visible: false }));
    drain(steps);
    expect(api.entries.size).toBe(0); // the stale refresh painted nothing
  });
});
