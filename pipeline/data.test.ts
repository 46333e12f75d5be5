/**
 * The data itself, tested like code: the seed article is verbatim, catalog
 * files are sorted with unique ids, quotes are verbatim, dates resolved from
 * the article's words, and names that need support are weak.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { load } from './stages/load';
import { validate } from './stages/validate';
import type { ValidData } from './model';

const DATA = new URL('../data', import.meta.url).pathname;
/** sha256 of the seed article as it was given to us (`seeds/000_9f3526e4e149149f.txt`). */
const SEED_SHA256 = '12595afea0ddc1cead19368277cf9b172f3b549b3e07fe1932eeb9d15dbfd3d3';
const SEED_ID = '2016-09-08-kerry-lavrov-geneva-syria-talks';

async function validData(): Promise<ValidData> {
  const result = validate(await load(DATA));
  if (!result.ok)
    throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.data;
}

describe('data/', () => {
  it('is valid', async () => {
    await expect(validData()).resolves.toBeDefined();
  });

  it('holds the seed article verbatim, with its facts', async () => {
    const { articles } = await validData();
    const seed = articles.find((a) => a.id === SEED_ID)!;
    expect(createHash('sha256').update(seed.body).digest('hex')).toBe(SEED_SHA256);
    expect(seed).toMatchObject({
      source: 'The Times of Israel',
      dateline: 'WASHINGTON',
      published: '2016-09-08',
      origin: '000_9f3526e4e149149f.txt',
      attribution: { start: seed.body.lastIndexOf('\n') + 1, end: seed.body.length },
    });
  });

  it.each(['actors.yaml', 'events.yaml'])('%s lists entries sorted by id', async (name) => {
    const entries = parse(await readFile(`${DATA}/catalog/${name}`, 'utf8')) as { id: string }[];
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique ids and every fact quoting its article verbatim', async () => {
    const { entities, articles } = await validData();
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    const bodies = new Map(articles.map((a) => [a.id, a.body]));
    for (const e of entities) {
      for (const f of e.facts)
        expect(bodies.get(f.articleId), `${e.id}: ${f.quote}`).toContain(f.quote);
    }
  });

  it('resolves event dates from the article', async () => {
    const { entities } = await validData();
    const dates = Object.fromEntries(entities.map((e) => [e.id, [e.dates?.start, e.dates?.end]]));
    expect(dates).toMatchObject({
      'kerry-lavrov-geneva-talks-2016-09': ['2016-09-08', '2016-09-09'],
      'kerry-lavrov-geneva-meeting-2016-08-26': ['2016-08-26', '2016-08-26'],
      'kerry-lavrov-phone-call-2016-09-08': ['2016-09-08', '2016-09-08'],
      'g20-hangzhou-summit-2016': ['2016-09-04', '2016-09-05'],
      'obama-putin-meeting-2016-09-05': ['2016-09-05', '2016-09-05'],
      'syrian-civil-war': ['2011-03', undefined],
      'syria-peace-plan-2015': ['2015-10', '2015-12'],
    });
  });

  it('keeps shared surnames and cities standing for governments weak, and sole surnames strong', async () => {
    const { entities } = await validData();
    const strength = new Map(
      entities.flatMap((e) => e.aliases.map((a) => [`${e.id}:${a.text}`, a.strength])),
    );
    // Kerry (Kerry Washington, County Kerry) and Assad (a family) are shared; a city or `US` is a word too.
    for (const key of [
      'john-kerry:Kerry',
      'bashar-al-assad:Assad',
      'united-states:Washington',
      'russia:Moscow',
      'united-states:US',
    ]) {
      expect(strength.get(key), key).toBe('weak');
    }
    // Only one entity of the whole background claims these, and none is a word or a first name.
    for (const key of ['sergey-lavrov:Lavrov', 'barack-obama:Obama', 'vladimir-putin:Putin']) {
      expect(strength.get(key), key).toBe('strong');
    }
  });

  it('gives every generic alias a date or cue words to link by', async () => {
    const { entities } = await validData();
    for (const e of entities.filter((x) => x.aliases.some((a) => a.generic))) {
      expect(Boolean(e.dates?.start) || e.cues.length > 0, e.id).toBe(true);
    }
  });
});
