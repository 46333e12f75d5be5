import { describe, expect, it } from 'vitest';
import type { AliasInput } from '../../core/matcher-pack';
import type { EntityKind } from '../../core/pack';
import { CO_MENTION_SUPPORT, coMentionSupport } from './co-mention-support';
import { referenceLists } from './reference-lists';

const lists = referenceLists();
const related = Array.from({ length: 12 }, (_, i) => ({ id: `r${i}` }));
const entity = (kind: EntityKind, name: string, aliases: AliasInput[], wikipedia = name) => ({
  kind,
  name,
  wikipedia: wikipedia.replace(/ /g, '_'),
  aliases,
  background: { related },
});
const weak = (text: string): AliasInput => ({ text, strength: 'weak' });
const strong = (text: string): AliasInput => ({ text, strength: 'strong' });

describe('coMentionSupport', () => {
  it('gives a body with a weak name its most co-mentioned entities', () => {
    const congress = entity('organization', 'United States Congress', [
      strong('United States Congress'),
      weak('Congress'),
    ]);
    expect(coMentionSupport(congress, lists)).toEqual(
      related.slice(0, CO_MENTION_SUPPORT).map((r) => r.id),
    );
  });

  it.each([
    ['a person’s surname', entity('person', 'Steve Jobs', [strong('Steve Jobs'), weak('Jobs')])],
    ['an everyday word', entity('organization', 'News Corporation', [weak('News')])],
    [
      'the bare name of a title Wikipedia disambiguates',
      entity('place', 'Washington', [weak('Washington')], 'Washington (state)'),
    ],
    ['no weak name', entity('country', 'France', [strong('France')])],
  ])('gives none for %s', (_, e) => expect(coMentionSupport(e, lists)).toEqual([]));
});
