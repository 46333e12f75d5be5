/** `pack.json`: what a built pack is, for loaders and for people. */
import type { CardsPack, PackStamp } from '../core/pack';
import { isEventKind } from '../core/pack';
import {
  briefSearchGroupPath,
  briefSearchHeadPath,
  type BriefSearchFiles,
} from '../core/brief-search-index';

/** How the extension keeps the cards pack: a head, parts and their names, read with runtime.getURL, not bundled. */
export { cardNamesPath, cardsHeadPath, cardsPartPath, splitCardsPack } from '../core/cards-parts';
/** The brief index's head, which the extension ships gzipped (wxt.config.ts). */
export { briefSearchHeadPath } from '../core/brief-search-index';

/** The file names of a pack folder; consumers import these names. */
export const PACK_FILES = {
  manifest: 'pack.json',
  matcher: 'matcher.json',
  cards: 'cards.json',
  search: 'search.json',
  /** The folder of the brief index: head.bin and postings groups (core/brief-search-index.ts). */
  briefSearch: 'brief-search',
  /** The folder of brief shards (core/brief-timeline.ts). */
  briefs: 'briefs',
} as const;

/** The brief index's files by their pack paths (core/brief-search-index.ts). */
export function briefSearchFiles(files: BriefSearchFiles): Record<string, Uint8Array> {
  return {
    [briefSearchHeadPath]: files.head,
    ...Object.fromEntries(
      Object.entries(files.groups).map(([group, bytes]) => [briefSearchGroupPath(group), bytes]),
    ),
  };
}

export interface PackManifest extends PackStamp {
  files: { matcher: string; cards: string; search: string };
  counts: {
    entities: number;
    actors: number;
    events: number;
    aliases: number;
    facts: number;
    citations: number;
    articles: number;
    briefs: number;
  };
}

export function packManifest(cards: CardsPack): PackManifest {
  const events = cards.entities.filter((e) => isEventKind(e.kind)).length;
  const sum = (f: (e: CardsPack['entities'][number]) => number): number =>
    cards.entities.reduce((n, e) => n + f(e), 0);
  return {
    schema: cards.schema,
    hash: cards.hash,
    files: { matcher: PACK_FILES.matcher, cards: PACK_FILES.cards, search: PACK_FILES.search },
    counts: {
      entities: cards.entities.length,
      actors: cards.entities.length - events,
      events,
      aliases: sum((e) => e.aliases.length),
      facts: sum((e) => e.facts.length),
      citations: sum((e) => e.citations.length),
      articles: cards.articles.length,
      briefs: cards.briefIndex?.count ?? 0,
    },
  };
}
