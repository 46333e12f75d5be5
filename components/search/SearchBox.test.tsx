import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { render as renderPreact } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_PACK } from '../../core/fixtures/seed-cards';
import { loadSearch, type SearchHit } from '../../core/search';
import { hitKey, SearchBox } from './SearchBox';

const searcher = loadSearch(undefined, SEED_PACK);
afterEach(cleanup);

/** The box wired to the seed pack, as the popup wires it. */
function Harness({ onPick }: { onPick: (hit: SearchHit) => void }) {
  const [query, setQuery] = useState('');
  return (
    <SearchBox
      query={query}
      onQuery={setQuery}
      hits={searcher.search(query, { limit: 8 })}
      onPick={onPick}
      autoFocus
    />
  );
}

const type = (text: string) =>
  fireEvent.input(screen.getByRole('combobox'), { target: { value: text } });
const key = (k: string) => fireEvent.keyDown(screen.getByRole('combobox'), { key: k });

describe('SearchBox', () => {
  it('is focused on open (autofocus, else in its first frame) and shows nothing before typing', async () => {
    render(<Harness onPick={() => {}} />);
    expect(screen.getByRole('combobox').hasAttribute('autofocus')).toBe(true);
    // happy-dom does no autofocus: the frame callback focuses it.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox')));
    expect(screen.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('shows instant results with the matched words marked', () => {
    render(<Harness onPick={() => {}} />);
    type('lavrof');
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toContain('Sergey Lavrov');
    expect(options[0]?.querySelector('mark')?.textContent).toBe('Lavrov');
    expect(screen.getByRole('combobox').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe(`${options.length} results`);
  });

  it('moves with the arrow keys and picks with Enter', () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    type('ceasefire');
    const box = screen.getByRole('combobox');
    key('ArrowDown');
    key('ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    key('ArrowUp');
    key('ArrowUp');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(hitKey(onPick.mock.calls[0]![0])).toBe('e:geneva-talks-2016');
  });

  it('picks the first result on Enter when none is active, and a clicked one', () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    type('assad');
    key('Enter');
    expect(hitKey(onPick.mock.calls[0]![0])).toBe('e:bashar-al-assad');
    fireEvent.click(screen.getAllByRole('option')[1]!);
    expect(onPick).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing is found, and Escape clears', () => {
    render(<Harness onPick={() => {}} />);
    type('zzqxw');
    expect(screen.getByRole('status').textContent).toBe('Nothing found for “zzqxw”.');
    key('Escape');
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says the index is loading rather than nothing found', () => {
    render(<SearchBox query="lavrov" onQuery={() => {}} hits={[]} onPick={() => {}} loading />);
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    expect(screen.getByRole('listbox', { hidden: true }).getAttribute('aria-busy')).toBe('true');
  });

  it('says the search is unavailable when its index cannot be read, not loading forever', () => {
    render(
      <SearchBox
        query="lavrov"
        onQuery={() => {}}
        hits={[]}
        onPick={() => {}}
        loading
        unavailable
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Search is unavailable: its index could not be read.',
    );
  });

  it('resets the active result when the results change', () => {
    render(<Harness onPick={() => {}} />);
    type('kerry');
    key('ArrowDown');
    type('putin');
    expect(
      screen.getAllByRole('option').some((o) => o.getAttribute('aria-selected') === 'true'),
    ).toBe(false);
  });

  it('keeps a key pressed right after new results arrive (no reset a frame later)', async () => {
    // Plain Preact, no act(): effects run after the next frame, as in a browser.
    const host = document.body.appendChild(document.createElement('div'));
    const show = (query: string) =>
      renderPreact(
        <SearchBox
          query={query}
          onQuery={() => {}}
          hits={searcher.search(query, { limit: 8 })}
          onPick={() => {}}
        />,
        host,
      );
    const options = () => [...host.querySelectorAll('[role="option"]')];
    const selected = () => options().findIndex((o) => o.getAttribute('aria-selected') === 'true');
    const press = async (k: string) => {
      host.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: k }));
      await Promise.resolve(); // Preact renders in a microtask
    };
    const frame = () => new Promise((r) => setTimeout(r, 150)); // past rAF and its fallback

    show('kerry');
    await frame();
    await press('ArrowDown');
    await press('ArrowDown');
    expect(selected()).toBe(1);
    show('putin');
    expect(selected()).toBe(-1);
    await press('ArrowDown');
    expect(selected()).toBe(0);
    await frame();
    expect(selected()).toBe(0);
    expect(options()[0]?.textContent).toContain('Putin');
    renderPreact(null, host);
    host.remove();
  });
});
