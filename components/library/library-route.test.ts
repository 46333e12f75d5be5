import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type LibraryRoute } from './library-route';

describe('library routes', () => {
  it.each<[string, LibraryRoute]>([
    ['', { view: 'cards' }],
    ['#', { view: 'cards' }],
    ['#cards', { view: 'cards' }],
    ['#cards/person', { view: 'cards', kind: 'person' }],
    ['#cards/planet', { view: 'cards' }],
    ['#entity/sergey-lavrov', { view: 'entity', id: 'sergey-lavrov' }],
    ['entity/sergey-lavrov', { view: 'entity', id: 'sergey-lavrov' }],
    ['#entity/', { view: 'cards' }],
    ['#article/2016-09-08-kerry', { view: 'article', id: '2016-09-08-kerry' }],
    ['#timeline', { view: 'timeline' }],
    ['#articles', { view: 'articles' }],
    ['#nonsense/x', { view: 'cards' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each<LibraryRoute>([
    { view: 'cards' },
    { view: 'cards', kind: 'event' },
    { view: 'entity', id: 'kerry–lavrov talks' },
    { view: 'article', id: 'a/b' },
    { view: 'timeline' },
    { view: 'articles' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
