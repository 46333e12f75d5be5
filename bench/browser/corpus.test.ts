import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogEntrySchema } from '../../pipeline/schemas';
import { buildPack } from '../../pipeline/build-pack';
import { packAliases } from './match-check';
import { articleFile, catalogEntry, factSentence, syntheticPeople, writeBenchData } from './corpus';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('syntheticPeople', () => {
  it('gives the same first people whatever the count', () => {
    expect(syntheticPeople(1000).slice(0, 100)).toEqual(syntheticPeople(100));
  });

  it('gives unique surnames, never a given name, and ids in order', () => {
    const people = syntheticPeople(5000);
    const surnames = new Set(people.map((p) => p.surname));
    expect(surnames.size).toBe(5000);
    for (const p of people) expect(surnames.has(p.given)).toBe(false);
    expect(people[0]!.id).toBe('bench-p000000');
    expect(people[4999]!.id).toBe('bench-p004999');
    expect(people.every((p) => /^[A-Z][a-z]+$/.test(p.surname))).toBe(true);
  });
});

describe('catalog entries and articles', () => {
  const [person] = syntheticPeople(1);

  it('writes a catalog entry the schema accepts', () => {
    const [entry] = parse(catalogEntry(person!, 0)) as unknown[];
    const parsed = catalogEntrySchema.parse(entry);
    expect(parsed.aliases).toEqual([
      { text: `${person!.given} ${person!.surname}`, strength: 'strong' },
      { text: person!.surname, strength: 'weak' },
    ]);
    expect(parsed.facts[0]!.quote).toBe(factSentence(person!));
  });

  it('writes an article that quotes every fact verbatim', () => {
    const people = syntheticPeople(13);
    const text = articleFile(people, 3);
    expect(text).toMatch(/^---\ntitle: Generated article 3\n/);
    expect(text).toContain('published: 2016-01-04');
    for (const p of people) expect(text).toContain(`${factSentence(p)}.`);
  });
});

describe('writeBenchData', () => {
  it('adds generated people to the bundled data, and the pipeline builds it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
    dirs.push(root);
    const data = join(root, 'data');
    await writeBenchData(data, 'data', 120);
    expect(await readFile(join(data, 'articles', 'bench-a000002.md'), 'utf8')).toContain(
      factSentence(syntheticPeople(101)[100]!),
    );
    // One year of the corpus is enough to show the people add to it (the whole is built elsewhere).
    const corpus = { years: ['2016'] };
    const result = await buildPack({ dataDir: data, outDir: join(root, 'pack'), corpus });
    expect(result).toMatchObject({ ok: true });
    const bundled = await buildPack({ dataDir: 'data', outDir: join(root, 'bundled'), corpus });
    expect(bundled).toMatchObject({ ok: true });
    const count = async (dir: string) =>
      packAliases(JSON.parse(await readFile(join(root, dir, 'matcher.json'), 'utf8'))).length;
    expect((await count('pack')) - (await count('bundled'))).toBe(240);
  }, 60_000);
});
