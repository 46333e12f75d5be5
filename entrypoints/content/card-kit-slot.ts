/**
 * Where the card kit script (entrypoints/card-kit.ts, injected at
 * `document_end`) leaves the card UI for the content script (injected later,
 * at `document_idle`, into the same isolated world). A property of that
 * world's global object: pages cannot see it.
 */
import type { CardKit } from '../../components/card/card-kit';

const SLOT = 'backstoryCardKit';
type Slot = { [SLOT]?: CardKit };

export function provideCardKit(kit: CardKit, global: object = globalThis): void {
  (global as Slot)[SLOT] = kit;
}

/** The kit, or a clear error when its script did not run first. */
export function takeCardKit(global: object = globalThis): CardKit {
  const kit = (global as Slot)[SLOT];
  if (!kit) throw new Error('Backstory: the card kit script did not run before the content script');
  return kit;
}
