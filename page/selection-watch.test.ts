import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { trackedLifetime } from './lifetime';
import type { Mention } from '../core/spotter';
import { entityForText, watchSelection, type SelectedEntity } from './selection-watch';
import { fakeSpotter } from './testing/fake-spotter';

const spotter = fakeSpotter();
const onPage = spotter.spot('John Kerry and Kerry');

describe('entityForText', () => {
  it.each([
    ['Putin', 'vladimir-putin'],
    [' John  Kerry ', 'john-kerry'],
    ['Kerry', 'john-kerry'], // weak alone, but linked on this page
    ["Putin's", 'vladimir-putin'],
    ['Putin met the Syria envoy', null], // two names
    ['Lavrov', null], // weak, not on the page
    ['the weather in Syria today was fine', null], // the name is a small part
    ['x', null],
  ])('%j names %s', async (text, id) => {
    expect((await entityForText(text, onPage, spotter))?.entityId ?? null).toBe(id);
  });
});

let ctx: ContentScriptContext | undefined;
afterEach(() => ctx?.notifyInvalidated());

describe('watchSelection', () => {
  function setup(html: string) {
    document.body.innerHTML = html;
    ctx = new ContentScriptContext('test');
    const seen: (SelectedEntity | null)[] = [];
    watchSelection({
      doc: document,
      lifetime: trackedLifetime(ctx),
      isOwn: (n) => n.nodeName === 'BACKSTORY-UI',
      resolve: (text) => entityForText(text, [] as Mention[], spotter),
      onChange: (s) => seen.push(s),
      settleMs: 5,
    });
    const select = (node: Node, start: number, end: number) => {
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      sel.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    };
    return { seen, select };
  }
  const settle = () => new Promise((done) => setTimeout(done, 30));

  it('reports the entity a settled selection names, once', async () => {
    const { seen, select } = setup('<p>Then Putin spoke.</p>');
    const text = document.querySelector('p')!.firstChild!;
    select(text, 5, 10);
    select(text, 5, 10);
    await settle();
    expect(seen.map((s) => [s?.mention.entityId, s?.range.toString()])).toEqual([
      ['vladimir-putin', 'Putin'],
    ]);
    select(text, 0, 4);
    await settle();
    expect(seen.at(-1)).toBeNull();
  });

  it('drops an answer for a selection that changed while it was asked', async () => {
    document.body.innerHTML = '<p>Then Putin spoke to John Kerry.</p>';
    ctx = new ContentScriptContext('test');
    const seen: (SelectedEntity | null)[] = [];
    const answers: ((m: Mention | null) => void)[] = [];
    watchSelection({
      doc: document,
      lifetime: trackedLifetime(ctx),
      isOwn: () => false,
      resolve: () => new Promise((done) => answers.push(done)),
      onChange: (s) => seen.push(s),
      settleMs: 5,
    });
    const text = document.querySelector('p')!.firstChild!;
    const select = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    };
    const [putin, kerry] = spotter.spot('Putin John Kerry');
    select(5, 10);
    await settle(); // asked about "Putin"
    select(20, 30);
    answers[0]!(putin!); // the old answer comes after the selection changed
    await settle();
    answers[1]!(kerry!);
    await settle();
    expect(seen.map((s) => s?.range.toString())).toEqual(['John Kerry']);
  });

  it('ignores selections in editable regions', async () => {
    const { seen, select } = setup('<div contenteditable><p>Putin</p></div>');
    select(document.querySelector('p')!.firstChild!, 0, 5);
    await settle();
    expect(seen).toEqual([]);
  });
});
