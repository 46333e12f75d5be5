/**
 * The library's deep links, kept in the URL hash: `#entity/sergey-lavrov`,
 * `#article/<id>`, `#timeline`, `#articles`, `#cards/person` (a kind filter),
 * and the empty hash for all cards.
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../core/pack';

export type LibraryRoute =
  | { view: 'cards'; kind?: HighlightKind }
  | { view: 'entity'; id: string }
  | { view: 'timeline' }
  | { view: 'articles' }
  | { view: 'article'; id: string };

/** Reads a hash (with or without `#`); anything unknown is the card list. */
export function parseRoute(hash: string): LibraryRoute {
  const [view = '', ...rest] = hash.replace(/^#/, '').split('/');
  const arg = rest.length > 0 ? decodeURIComponent(rest.join('/')) : '';
  if (view === 'entity' && arg) return { view: 'entity', id: arg };
  if (view === 'article' && arg) return { view: 'article', id: arg };
  if (view === 'timeline' || view === 'articles') return { view };
  if (view === 'cards' && (HIGHLIGHT_KINDS as readonly string[]).includes(arg)) {
    return { view: 'cards', kind: arg as HighlightKind };
  }
  return { view: 'cards' };
}

/** The hash for a route, `#` included. */
export function routeHash(route: LibraryRoute): string {
  switch (route.view) {
    case 'entity':
    case 'article':
      return `#${route.view}/${encodeURIComponent(route.id)}`;
    case 'cards':
      return route.kind ? `#cards/${route.kind}` : '#cards';
    default:
      return `#${route.view}`;
  }
}
