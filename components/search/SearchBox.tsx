/**
 * The search box with its results, as an ARIA combobox: typing calls
 * `onQuery`, arrow keys move through the results, Enter picks one (the first
 * when none is active), Escape clears. Props in, callbacks out.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/search';
import { SearchHitView } from './SearchHitView';

export interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  /** Results for `query` (the host runs the search). */
  hits: readonly SearchHit[];
  onPick: (hit: SearchHit) => void;
  /** Focus the input when mounted. */
  autoFocus?: boolean;
  label?: string;
  placeholder?: string;
  /** Prefix for element ids (two boxes on one page need different ones). */
  idPrefix?: string;
  /** The query's hits are on their way (the index loading, or an answer): say so instead of "nothing found"; hits shown meanwhile are the last query's. */
  loading?: boolean;
  /** The index could not be read: say so instead of loading forever. */
  unavailable?: boolean;
}

/** A stable key for a hit. */
export function hitKey(hit: SearchHit): string {
  if (hit.type === 'entity') return `e:${hit.entity.id}`;
  if (hit.type === 'fact') return `f:${hit.entity.id}:${hit.factIndex}`;
  return `s:${hit.article.id}:${hit.start}`;
}

export function SearchBox(props: SearchBoxProps) {
  const { query, hits, onQuery, onPick, idPrefix = 'bs-search' } = props;
  // The active option belongs to the results it was chosen in: new results
  // start with none, in the same render (an effect that reset it would land
  // after the next frame and undo a key pressed in between).
  const [selection, setSelection] = useState({ hits, index: -1 });
  const active = selection.hits === hits ? selection.index : -1;
  const setActive = (index: number) => setSelection({ hits, index });
  const input = useRef<HTMLInputElement>(null);
  const listId = `${idPrefix}-results`;
  const open = query.trim() !== '';

  // The browser focuses an `autofocus` input as it renders the frame that
  // shows it; focus() from script forces a style and layout of the whole page
  // first (in the popup: 10-25 ms before its first frame). A document that had
  // its autofocus already (a page that mounts the box later) gets the call, in
  // that frame's callbacks, after the browser's own autofocus.
  useEffect(() => {
    if (!props.autoFocus) return;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement !== input.current) input.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`${idPrefix}-hit-${active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      setActive(Math.min(active + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      setActive(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (hit) onPick(hit);
    } else if (event.key === 'Escape' && query !== '') {
      onQuery('');
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div class="bs-search">
      <input
        ref={input}
        autofocus={props.autoFocus}
        class="bs-search-input bs-focus-ring"
        type="search"
        role="combobox"
        aria-label={props.label ?? 'Search people, events and articles'}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${idPrefix}-hit-${active}` : undefined}
        placeholder={props.placeholder ?? 'Search people, events, articles…'}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        class="bs-search-results"
        role="listbox"
        aria-label="Search results"
        aria-busy={open && props.loading === true}
        hidden={!open}
      >
        {hits.map((hit, i) => (
          <li
            key={hitKey(hit)}
            id={`${idPrefix}-hit-${i}`}
            class={`bs-hit bs-hit-${hit.type}`}
            data-hit={hitKey(hit)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => i !== active && setActive(i)}
            onClick={() => onPick(hit)}
          >
            <SearchHitView hit={hit} />
          </li>
        ))}
      </ul>
      <p class="bs-search-status" role="status">
        {open &&
          (props.unavailable
            ? 'Search is unavailable: its index could not be read.'
            : props.loading && hits.length === 0
              ? 'Searching…'
              : hits.length === 0
                ? `Nothing found for “${query.trim()}”.`
                : `${hits.length} results`)}
      </p>
    </div>
  );
}
