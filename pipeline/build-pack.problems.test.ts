/**
 * Every kind of bad input fails the build with exact `file:line:column`
 * messages, all at once, and writes nothing: the previous pack stays intact.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import { BASE_FILES, edit, writeDataDir, type DataFiles } from './testing/data-dir';

const ARTICLE = 'articles/2016-09-08-geneva.md';
const ACTORS = 'catalog/actors.yaml';
const EVENTS = 'catalog/events.yaml';
const SAME_THING = 'catalog/same-thing.yaml';

const cases: [string, DataFiles, string[]][] = [
  [
    'malformed catalog YAML',
    edit(ACTORS, ['    - { text: Kerry, strength: weak }', '    - { text: Kerry, strength: weak']),
    [`${ACTORS}:7:3: Flow map in block collection must be sufficiently indented and end with a }`],
  ],
  [
    'a YAML tag the data does not use',
    edit(ACTORS, ['kind: person', 'kind: !custom person']),
    [`${ACTORS}:2:9: Unresolved tag: !custom`],
  ],
  [
    'an alias (*anchor) to nothing',
    edit(ACTORS, ['kind: person', 'kind: *x']),
    [`${ACTORS}:2:11: unidentified alias "x"`],
  ],
  [
    'a catalog file that is not a list',
    { ...BASE_FILES, [EVENTS]: 'id: geneva-meeting\n' },
    [`${EVENTS}:1:1: a catalog file must be a list of entries (- id: …)`],
  ],
  [
    'no front matter',
    edit(ARTICLE, ['---\ntitle', 'title']),
    [`${ARTICLE}:1:1: missing front matter: the file must start with a '---' line`],
  ],
  [
    'unclosed front matter',
    edit(ARTICLE, ['---\nGENEVA', 'GENEVA']),
    [`${ARTICLE}:1:1: front matter is not closed by a '---' line`],
  ],
  [
    'malformed front matter YAML',
    edit(ARTICLE, ['title: Kerry and Lavrov meet in Geneva', 'title: [Kerry']),
    [
      `${ARTICLE}:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ],
  ],
  [
    'an impossible publication date',
    edit(ARTICLE, ['published: 2016-09-08', 'published: 2016-02-30']),
    [`${ARTICLE}:4:12: published: impossible date "2016-02-30"`],
  ],
  [
    'an attribution that is not the last line',
    edit(ARTICLE, [
      'origin: test-0001.txt',
      'origin: test-0001.txt\nattribution: As reported by AP',
    ]),
    [`${ARTICLE}:7:14: attribution "As reported by AP" is not the last line of the body`],
  ],
  [
    'a missing id (and the participant that named it)',
    edit(ACTORS, ['- id: sergey-lavrov\n  kind', '- kind']),
    [`${ACTORS}:13:3: missing id`, `${EVENTS}:8:30: unknown participant id "sergey-lavrov"`],
  ],
  [
    'a duplicate id',
    {
      ...BASE_FILES,
      'catalog/more.yaml': `- id: john-kerry
  kind: person
  name: John F. Kerry
  aliases: []
  summary: A second entry with a taken id.
  facts:
    - { text: He spoke., quote: Kerry said little., article: 2016-09-08-geneva }
`,
    },
    [`catalog/more.yaml:1:7: duplicate id "john-kerry" (first at ${ACTORS}:1:7)`],
  ],
  [
    'an alias claimed by two entities',
    edit(EVENTS, ['generic: true }', 'generic: true }\n    - { text: Kerry, strength: weak }']),
    [
      `${EVENTS}:6:15: alias "Kerry" is also claimed by john-kerry (${ACTORS}:6:15) ` +
        'with no rule to separate them: make both generic with non-overlapping dates or with different cues',
    ],
  ],
  [
    'two aliases of one entity that differ only in case',
    edit(ACTORS, [
      '    - { text: Kerry, strength: weak }',
      '    - { text: Kerry, strength: weak }\n    - { text: KERRY, strength: weak }',
    ]),
    [
      `${ACTORS}:7:15: alias "KERRY" is the same name as "Kerry" to the matcher, which folds case ` +
        '(a lowercase word matches any case): keep one',
    ],
  ],
  [
    'an alias that is not one name',
    edit(ACTORS, ['{ text: Kerry,', '{ text: "Kerry, John",']),
    [
      `${ACTORS}:6:15: alias "Kerry, John": must be words joined by spaces, hyphens, apostrophes or dots`,
    ],
  ],
  [
    'a generic alias with neither dates nor cues',
    edit(EVENTS, ['  dates: { start: 2016-09-08, end: 2016-09-08, text: Thursday }\n', '']),
    [`${EVENTS}:5:15: generic alias "Geneva meeting" needs dates or cues to ever link`],
  ],
  [
    'an unknown participant id',
    edit(EVENTS, ['[john-kerry, sergey-lavrov]', '[john-kerry, sergei-lavrov]']),
    [`${EVENTS}:8:30: unknown participant id "sergei-lavrov"`],
  ],
  [
    'an impossible date',
    edit(EVENTS, ['start: 2016-09-08', 'start: 2016-02-30']),
    [`${EVENTS}:7:19: dates.start: impossible date "2016-02-30"`],
  ],
  [
    'an end before the start',
    edit(EVENTS, ['end: 2016-09-08', 'end: 2016-09-01']),
    [`${EVENTS}:7:36: dates.end: end 2016-09-01 is before start 2016-09-08`],
  ],
  [
    'a quote not found verbatim',
    edit(ACTORS, ['quote: Lavrov spoke of progress.', 'quote: Lavrov spoke of real progress.']),
    [
      `${ACTORS}:22:14: quote not found verbatim in article 2016-09-08-geneva: "Lavrov spoke of real progress."`,
    ],
  ],
  [
    'a fact naming an unknown article',
    edit(ACTORS, ['      article: 2016-09-08-geneva\n\n', '      article: 2016-09-09-geneva\n\n']),
    [`${ACTORS}:11:16: unknown article "2016-09-09-geneva"`],
  ],
  [
    'a misspelled field and a bad kind',
    edit(ACTORS, ['  summary: The US', '  sumary: The US'], ['kind: person', 'kind: persn']),
    [
      `${ACTORS}:1:3: missing summary`,
      `${ACTORS}:2:9: kind must be one of "person", "organization", "country", "group", "place", "meeting", "call", "summit", "talks", "war", "campaign", "agreement", "plan", "event"`,
      `${ACTORS}:7:3: unknown field sumary`,
    ],
  ],
  [
    'a same-thing table that is not a list',
    { ...BASE_FILES, [SAME_THING]: 'keep: Prince_Andrew\n' },
    [`${SAME_THING}:1:1: the same-thing table must be a list (- keep: …)`],
  ],
  [
    'a same-thing entry with a title in spaces, no join, an unknown field and a title twice',
    {
      ...BASE_FILES,
      [SAME_THING]: [
        '- keep: Prince Andrew',
        '  join: []',
        '  why: renamed',
        '- keep: Rohingya_genocide',
        '  join: [Schism_of_2018, Rohingya_genocide]',
        '  why: renamed',
        '  note: extra',
        '',
      ].join('\n'),
    },
    [
      `${SAME_THING}:1:9: keep: must be a Wikipedia title with underscores, no spaces`,
      `${SAME_THING}:2:9: join: needs at least one title to join`,
      `${SAME_THING}:7:3: unknown field note`,
    ],
  ],
  [
    'a title kept by one same-thing entry and joined by another',
    {
      ...BASE_FILES,
      [SAME_THING]: [
        '- keep: Rohingya_genocide',
        '  join: [Schism_of_2018]',
        '  why: renamed',
        '- keep: 2018_Moscow–Constantinople_schism',
        '  join: [Rohingya_genocide]',
        '  why: renamed',
        '',
      ].join('\n'),
    },
    [`${SAME_THING}:5:10: Rohingya_genocide is already in the table (line 1)`],
  ],
];

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** An output folder holding a previous pack, inside its own parent. */
async function previousPack(): Promise<{ parent: string; outDir: string }> {
  const parent = await mkdtemp(join(tmpdir(), 'backstory-out-'));
  const outDir = join(parent, 'pack');
  await mkdir(outDir);
  await writeFile(join(outDir, 'pack.json'), 'previous');
  dirs.push(parent);
  return { parent, outDir };
}

describe('buildPack with bad data', () => {
  it.each(cases)('reports %s and writes nothing', async (_name, files, expected) => {
    const dataDir = await writeDataDir(files);
    dirs.push(dataDir);
    const { parent, outDir } = await previousPack();
    const result = await buildPack({ dataDir, outDir });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.replaceAll(`${dataDir}/`, ''))).toEqual(expected);
    expect(await readdir(parent)).toEqual(['pack']);
    expect(await readdir(outDir)).toEqual(['pack.json']);
    expect(await readFile(join(outDir, 'pack.json'), 'utf8')).toBe('previous');
  });

  it('reports every problem of every file at once, in file and line order', async () => {
    const files = {
      ...edit(EVENTS, ['[john-kerry, sergey-lavrov]', '[john-kerry, sergei-lavrov]']),
      [ARTICLE]: BASE_FILES[ARTICLE]!.replace('published: 2016-09-08', 'published: 2016-02-30'),
      [ACTORS]: BASE_FILES[ACTORS]!.replace('Lavrov spoke of progress.', 'Lavrov spoke.').replace(
        '- id: sergey-lavrov',
        '- id: john-kerry',
      ),
    };
    const dataDir = await writeDataDir(files);
    dirs.push(dataDir);
    const { outDir } = await previousPack();
    const result = await buildPack({ dataDir, outDir });
    expect(result.ok ? [] : result.problems.map((p) => p.replaceAll(`${dataDir}/`, ''))).toEqual([
      `${ARTICLE}:4:12: published: impossible date "2016-02-30"`,
      `${ACTORS}:13:7: duplicate id "john-kerry" (first at ${ACTORS}:1:7)`,
      `${EVENTS}:8:30: unknown participant id "sergei-lavrov"`,
    ]);
  });
});
