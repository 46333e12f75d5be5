import { describe, expect, it } from 'vitest';
import { HighlightPainter } from './highlight-painter';
import { MentionView, type ViewSettings } from './mention-view';
import { fakeHighlightApi } from './testing/fake-highlights';
import { spotPage } from './testing/run-task';

const allKinds = { person: true, organization: true, country: true, group: true, event: true };

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
});
