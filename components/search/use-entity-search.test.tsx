import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { splitCardsPack } from '../../core/cards-parts';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import type { EntityCard } from '../../core/pack';
import { buildSearchIndex, loadRefSearch, loadSearch } from '../../core/search';
import { hitKey } from './SearchBox';
import {
  CARDS_WAIT_MS,
  useEntitySearch,
  type EntitySearchData,
  type EntitySearchSource,
} from './use-entity-search';

const whole = loadSearch(undefined, SEED_PACK);
const byId = new Map(SEED_PACK.entities.map((e) => [e.id, e]));
const data = (): EntitySearchData => ({
  refs: loadRefSearch(buildSearchIndex(SEED_PACK), SEED_PACK.hash)!,
  head: splitCardsPack(SEED_PACK).head,
});
const expected = (query: string) => whole.search(query, { limit: 12 }).map(hitKey).join(' ');

/** A background that answers every ask after `ms` (or when told), recording what was asked. */
function fakeSource(options: { ms?: number; answer?: boolean } = {}) {
  const asks: string[][] = [];
  const loads = { count: 0 };
  const source: EntitySearchSource = {
    load: async () => {
      loads.count++;
      return data();
    },
    cards: (ids) => {
      asks.push(ids);
      const cards = ids.map((id) => byId.get(id)).filter((c): c is EntityCard => c !== undefined);
      return new Promise((resolve) =>
        setTimeout(() => resolve(options.answer === false ? undefined : cards), options.ms ?? 0),
      );
    },
  };
  return { source, asks, loads };
}

function Probe(props: {
  source: EntitySearchSource;
  query: string;
  known?: ReadonlyMap<string, EntityCard>;
}) {
  const search = useEntitySearch(props.source, props.query, props.known ?? new Map());
  return (
    <p data-testid="out" data-ready={String(search.ready)} data-failed={String(search.failed)}>
      {search.hits.map(hitKey).join(' ')}
    </p>
  );
}
const out = () => screen.getByTestId('out');
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 5)));
/** Real time in short acts: each act's renders run at its end, so one long act would hold them. */
async function wait(ms: number) {
  for (let t = 0; t < ms; t += 5) await settle();
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useEntitySearch', () => {
  it('loads nothing before the first query, then gives the same hits as the whole pack', async () => {
    const { source, asks, loads } = fakeSource();
    const view = render(<Probe source={source} query="" />);
    await settle();
    expect(loads.count).toBe(0);
    view.rerender(<Probe source={source} query="lavrov" />);
    await settle();
    await settle();
    expect(out().textContent).toBe(expected('lavrov'));
    expect(out().dataset.ready).toBe('true');
    expect(loads.count).toBe(1);
    expect(asks.flat()).toContain('sergey-lavrov');
  });

  it('asks for each card once, and never for the cards the popup already has', async () => {
    const { source, asks } = fakeSource();
    const known = new Map([['sergey-lavrov', byId.get('sergey-lavrov')!]]);
    const view = render(<Probe source={source} query="lavrov" known={known} />);
    await settle();
    await settle();
    expect(out().textContent).toBe(expected('lavrov'));
    expect(asks.flat()).not.toContain('sergey-lavrov');
    const first = asks.flat().length;
    view.rerender(<Probe source={source} query="putin" known={known} />);
    await wait(10);
    view.rerender(<Probe source={source} query="lavrov" known={known} />);
    await wait(10);
    expect(out().textContent).toBe(expected('lavrov'));
    expect(asks.flat().length).toBeGreaterThan(first);
    expect(new Set(asks.flat()).size).toBe(asks.flat().length);
  });

  it('keeps the last results up while the next query’s cards are on their way', async () => {
    const { source } = fakeSource({ ms: 50 });
    const view = render(<Probe source={source} query="putin" />);
    await wait(80);
    expect(out().textContent).toBe(expected('putin'));
    view.rerender(<Probe source={source} query="assad" />);
    await settle();
    expect(out().dataset.ready).toBe('false');
    expect(out().textContent).toBe(expected('putin'));
    await wait(80);
    expect(out().dataset.ready).toBe('true');
    expect(out().textContent).toBe(expected('assad'));
  });

  it('shows the hits it has cards for when the background cannot answer', async () => {
    const { source } = fakeSource({ answer: false });
    render(<Probe source={source} query="geneva" />);
    await settle();
    await settle();
    expect(out().dataset.ready).toBe('true');
    const sentences = whole
      .search('geneva', { limit: 12 })
      .filter((h) => h.type === 'sentence')
      .map(hitKey);
    expect(sentences.length).toBeGreaterThan(0);
    expect(out().textContent).toBe(sentences.join(' '));
  });

  it('waits at most CARDS_WAIT_MS for a slow answer, and takes it in when it comes', async () => {
    vi.useFakeTimers();
    const { source } = fakeSource({ ms: CARDS_WAIT_MS + 500 });
    render(<Probe source={source} query="kerry" />);
    await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
    expect(out().dataset.ready).toBe('false');
    await act(async () => void (await vi.advanceTimersByTimeAsync(CARDS_WAIT_MS)));
    expect(out().dataset.ready).toBe('true');
    expect(out().textContent).not.toBe(expected('kerry'));
    await act(async () => void (await vi.advanceTimersByTimeAsync(600)));
    expect(out().textContent).toBe(expected('kerry'));
  });

  it('says so when the index cannot be read', async () => {
    const source: EntitySearchSource = {
      load: () => Promise.reject(new Error('search.json: 404')),
      cards: () => Promise.resolve([]),
    };
    render(<Probe source={source} query="lavrov" />);
    await settle();
    expect(out().dataset.failed).toBe('true');
    expect(out().dataset.ready).toBe('false');
    expect(out().textContent).toBe('');
  });
});
