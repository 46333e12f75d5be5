/**
 * A tiny stand-in for core's spotter, for page/ tests that must not depend on
 * the real catalog: whole-word aliases, leftmost-longest, names joined by
 * spaces or one line break; weak aliases link only when the text also holds
 * a strong alias of the same entity. Records every text it was asked to spot
 * (`spot` or `spotSteps`).
 */
import type { EntityKind } from '../../core/pack';
import type { Mention, Spotter } from '../../core/spotter';

export interface FakeEntity {
  id: string;
  name: string;
  kind: EntityKind;
  strong: string[];
  weak?: string[];
}

export interface FakeSpotter extends Spotter {
  readonly calls: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (alias: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${alias.split(' ').map(escape).join('(?:[ \\u00a0\\t]|\\n(?!\\n))+')}(?![\\p{L}\\p{N}])`,
    'gu',
  );

export const SEED_FAKES: FakeEntity[] = [
  { id: 'john-kerry', name: 'John Kerry', kind: 'person', strong: ['John Kerry'], weak: ['Kerry'] },
  { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', strong: ['Sergey Lavrov'], weak: ['Lavrov'] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', strong: ['Vladimir Putin', 'Putin'] },
  { id: 'syria', name: 'Syria', kind: 'country', strong: ['Syria'] },
  { id: 'g20-summit', name: 'G20 summit', kind: 'summit', strong: ['G20 summit'] },
  { id: 'state-department', name: 'State Department', kind: 'organization', strong: ['State Department'] },
]; // prettier-ignore

/** A spotter over `entities` (default: a few actors of the seed article). */
export function fakeSpotter(entities: FakeEntity[] = SEED_FAKES): FakeSpotter {
  const aliases = entities.flatMap((entity) => [
    ...entity.strong.map((text) => ({ entity, text, weak: false, re: pattern(text) })),
    ...(entity.weak ?? []).map((text) => ({ entity, text, weak: true, re: pattern(text) })),
  ]);
  const calls: string[] = [];
  const spotter: FakeSpotter = {
    calls,
    entityCount: entities.length,
    spot(text) {
      calls.push(text);
      const found = aliases.flatMap((alias) =>
        [...text.matchAll(alias.re)].map((m) => ({
          alias,
          start: m.index,
          end: m.index + m[0].length,
        })),
      );
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const strongIds = new Set(found.filter((f) => !f.alias.weak).map((f) => f.alias.entity.id));
      const out: Mention[] = [];
      let last = 0;
      for (const f of found) {
        if (f.start < last || (f.alias.weak && !strongIds.has(f.alias.entity.id))) continue;
        last = f.end;
        const { entity } = f.alias;
        out.push({
          start: f.start,
          end: f.end,
          entityId: entity.id,
          name: entity.name,
          kind: entity.kind,
          text: text.slice(f.start, f.end),
          alias: f.alias.text,
          rule: f.alias.weak ? 'weak-alias-same-entity' : 'strong-alias',
          confidence: f.alias.weak ? 0.85 : 0.95,
        });
      }
      return out;
    },
    // Like the real one, it pauses at least once (before the work).
    *spotSteps(text, options) {
      yield;
      return spotter.spot(text, options);
    },
  };
  return spotter;
}
