import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { loadSearch } from '../../core/search';
import type { SearchResponse } from '../../messaging/protocol';
import { hitKey } from './SearchBox';
import { useEntitySearch, type SearchSource } from './use-entity-search';

const whole = loadSearch(undefined, SEED_PACK);
const expected = (query: string) => whole.search(query, { limit: 12 }).map(hitKey).join(' ');

/**
 * A background that answers each search after `delay(query)` ms (undefined: never), recording
 * what was asked; `fail` answers as a background without a readable index.
 */
function fakeBackground(
  options: { delay?: (query: string) => number | undefined; fail?: boolean } = {},
) {
  const asked: string[] = [];
  const source: SearchSource = (query, limit) => {
    asked.push(query);
    const response: SearchResponse = options.fail
      ? { hits: [], failed: true }
      : { hits: query.trim() ? whole.search(query, { limit }) : [] };
    const ms = options.delay?.(query) ?? 0;
    return new Promise((resolve) => setTimeout(() => resolve(response), ms));
  };
  return { source, asked };
}

let preload: () => void = () => {};
function Probe({ source, query }: { source: SearchSource; query: string }) {
  const search = useEntitySearch(source, query);
  preload = search.preload;
  return (
    <p data-testid="out" data-ready={String(search.ready)} data-failed={String(search.failed)}>
      {search.hits.map(hitKey).join(' ')}
    </p>
  );
}
const out = () => screen.getByTestId('out');
/** Real time in short acts: each act's renders run at its end, so one long act would hold them. */
async function wait(ms: number) {
  for (let t = 0; t < ms; t += 5) await act(() => new Promise<void>((r) => setTimeout(r, 5)));
}

afterEach(cleanup);

describe('useEntitySearch', () => {
  it('asks nothing before the first query, then shows the background’s hits for it', async () => {
    const { source, asked } = fakeBackground();
    const view = render(<Probe source={source} query="" />);
    await wait(10);
    expect(asked).toEqual([]);
    expect(out().dataset.ready).toBe('false');
    view.rerender(<Probe source={source} query="lavrov" />);
    await wait(10);
    expect(asked).toEqual(['lavrov']);
    expect(out().dataset.ready).toBe('true');
    expect(out().textContent).toBe(expected('lavrov'));
  });

  it('keeps the last results up until the next query’s answer arrives', async () => {
    const { source } = fakeBackground({ delay: (q) => (q === 'assad' ? 60 : 0) });
    const view = render(<Probe source={source} query="putin" />);
    await wait(10);
    expect(out().textContent).toBe(expected('putin'));
    view.rerender(<Probe source={source} query="assad" />);
    await wait(20);
    expect(out().dataset.ready).toBe('false');
    expect(out().textContent).toBe(expected('putin'));
    await wait(80);
    expect(out().dataset.ready).toBe('true');
    expect(out().textContent).toBe(expected('assad'));
  });

  it('drops an answer older than the results shown', async () => {
    const { source } = fakeBackground({ delay: (q) => (q === 'lav' ? 60 : 0) });
    const view = render(<Probe source={source} query="lav" />);
    view.rerender(<Probe source={source} query="lavrov" />);
    await wait(20);
    expect(out().textContent).toBe(expected('lavrov'));
    await wait(80);
    expect(out().dataset.ready).toBe('true');
    expect(out().textContent).toBe(expected('lavrov'));
  });

  it('gives no hits for a blank query, without asking', async () => {
    const { source, asked } = fakeBackground();
    const view = render(<Probe source={source} query="kerry" />);
    await wait(10);
    view.rerender(<Probe source={source} query="   " />);
    await wait(10);
    expect(asked).toEqual(['kerry']);
    expect(out().textContent).toBe('');
  });

  it('warms the background once with an empty query, and not after a real one', async () => {
    const { source, asked } = fakeBackground();
    const view = render(<Probe source={source} query="" />);
    preload();
    preload();
    await wait(10);
    expect(asked).toEqual(['']);
    const other = fakeBackground();
    view.rerender(<Probe source={other.source} query="kerry" />);
    await wait(10);
    preload();
    expect(other.asked).toEqual(['kerry']);
  });

  it.each([
    ['a background without a readable index', { fail: true }],
    ['no answer at all', {}],
  ])('says the search failed for %s', async (_name, options) => {
    const { source } =
      'fail' in options
        ? fakeBackground(options)
        : { source: (() => Promise.resolve(undefined)) as SearchSource };
    render(<Probe source={source} query="lavrov" />);
    await wait(10);
    expect(out().dataset.failed).toBe('true');
    expect(out().dataset.ready).toBe('false');
    expect(out().textContent).toBe('');
  });
});
