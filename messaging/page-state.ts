/** What the popup knows about a tab's page, as it learns it. */
import type { PageMention } from './protocol';

export type PageState =
  /** Asking the content script. */
  | { status: 'loading' }
  /** No content script answered: a browser page, the web store, a local file, or a page opened before install. */
  | { status: 'unavailable' }
  | {
      status: 'scanning' | 'ready';
      url: string;
      mentions: PageMention[];
      /** The page's ISO date, when the content script has read one. */
      pageDate?: string;
    };
