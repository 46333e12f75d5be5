import { describe, expect, it } from 'vitest';
import type { Entity } from '../model';
import { MAX_COOCCURRENCE_REFS, relate } from './relate';

function entity(id: string, participants: string[] = [], related: string[] = []): Entity {
  return {
    id,
    kind: participants.length ? 'meeting' : 'person',
    name: id,
    aliases: [],
    summary: '',
    participants,
    related,
    cues: [],
    facts: [],
    file: 'x.yaml',
  };
}

describe('relate', () => {
  it('links participants both ways, counting the sentences that name both', () => {
    const refs = relate(
      [entity('talks', ['kerry']), entity('kerry'), entity('lavrov', [], ['kerry'])],
      [
        ['kerry', 'talks'],
        ['kerry', 'talks'],
        ['kerry', 'lavrov'],
      ],
    );
    expect(refs.get('talks')).toEqual([{ id: 'kerry', count: 2, via: 'participant' }]);
    expect(refs.get('kerry')).toEqual([
      { id: 'talks', count: 2, via: 'participant' },
      { id: 'lavrov', count: 1, via: 'catalog' },
    ]);
  });

  it('orders co-occurrence by count and keeps the strongest few', () => {
    const others = Array.from(
      { length: MAX_COOCCURRENCE_REFS + 5 },
      (_, i) => `e${String(i).padStart(2, '0')}`,
    );
    const together = others.flatMap((id, i) => Array.from({ length: i + 1 }, () => ['hub', id]));
    const refs = relate([entity('hub'), ...others.map((id) => entity(id))], together).get('hub')!;
    expect(refs).toHaveLength(MAX_COOCCURRENCE_REFS);
    expect(refs[0]).toEqual({ id: others.at(-1), count: others.length, via: 'cooccurrence' });
    expect(refs.every((r, i) => i === 0 || refs[i - 1]!.count >= r.count)).toBe(true);
  });
});
