/**
 * The honest states of "On this page": still reading it, a page the extension
 * cannot run on, highlighting off (here or everywhere), nothing found.
 */
import type { PageState } from '../../messaging/page-state';

export interface PageStatusProps {
  page: PageState;
  /** Entities found so far. */
  found: number;
  /** The site key when known. */
  site?: string;
  siteEnabled: boolean;
  globalEnabled: boolean;
  /** Cards in the knowledge pack (for the "search them" hint). */
  packSize: number;
}

/** Placeholder rows that keep the list's height while the page is read. */
export function SkeletonRows({ rows = 4 }: { rows?: number }) {
  return (
    <ul class="bs-skeleton" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} class="bs-skeleton-row" />
      ))}
    </ul>
  );
}

export function PageStatus(props: PageStatusProps) {
  const { page, found, site } = props;
  const notes = [];
  if (!props.globalEnabled) {
    notes.push(
      <p key="global" class="bs-note bs-note-off" data-state="off-global">
        Backstory is off everywhere. Turn it on below to highlight pages again.
      </p>,
    );
  } else if (site && !props.siteEnabled) {
    notes.push(
      <p key="site" class="bs-note bs-note-off" data-state="off-site">
        Highlighting is off on <strong>{site}</strong>.
      </p>,
    );
  }
  if (page.status === 'loading') {
    notes.push(
      <p key="loading" class="bs-note" data-state="loading">
        Reading this page…
      </p>,
    );
  } else if (page.status === 'unavailable') {
    notes.push(
      <div key="unavailable" class="bs-note" data-state="unavailable">
        <p>
          <strong>Backstory can’t read this page.</strong>
        </p>
        <p>
          Browser pages, the extension store and local files are closed to extensions. If this is a
          web page that was open before Backstory was installed or updated, reload it.
        </p>
      </div>,
    );
  } else if (page.status === 'scanning') {
    notes.push(
      <p key="scanning" class="bs-note" data-state="scanning">
        Still reading this page{found > 0 ? `: ${found} found so far` : ''}…
      </p>,
    );
  } else if (found === 0 && notes.length > 0) {
    notes.push(
      <p key="none-off" class="bs-note" data-state="nothing-off">
        Turn highlighting on to see who and what this page names.
      </p>,
    );
  } else if (found === 0) {
    notes.push(
      <p key="none" class="bs-note" data-state="nothing">
        Nothing on this page matches the {props.packSize} people and events Backstory knows. Search
        them above, or open the library.
      </p>,
    );
  }
  return (
    <div class="bs-status" role="status" aria-live="polite">
      {notes}
    </div>
  );
}
