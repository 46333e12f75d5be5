/**
 * Where the page kit script (entrypoints/page-kit.ts, injected at
 * `document_end`) leaves the card UI for the content
 * script (injected later, at `document_idle`, into the same isolated world).
 * A property of that world's global object: pages cannot see it.
 */
import type { CardKit } from '../../components/card/card-kit';

export interface PageKit {
  card: CardKit;
}

const SLOT = 'backstoryPageKit';
type Slot = { [SLOT]?: PageKit };

export function providePageKit(kit: PageKit, global: object = globalThis): void {
  (global as Slot)[SLOT] = kit;
}

/** The kit, or a clear error when its script did not run first. */
export function takePageKit(global: object = globalThis): PageKit {
  const kit = (global as Slot)[SLOT];
  if (!kit) throw new Error('Backstory: the page kit script did not run before the content script');
  return kit;
}
