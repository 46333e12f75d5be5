/** The two copies' readers: briefs with their date, stories, category, outlets and links; a malformed file names file:line. */
import { describe, expect, it } from 'vitest';
import { CorpusError } from './corpus-error';
import { mergeCopies } from './merge-copies';
import { readArchiveYear } from './read-archive';
import { readLinkedDay } from './read-linked';

const DAY = `---
title: September 8
date: 2016-09-08
---

#### Armed conflicts and attacks

* [Syrian civil war](https://en.wikipedia.org/wiki/Syrian_civil_war "Syrian civil war")
  * [Russian](https://en.wikipedia.org/wiki/Russia "Russia") Foreign Minister [Sergey Lavrov](https://en.wikipedia.org/wiki/Sergey_Lavrov "Sergey Lavrov") meets [John Kerry](https://en.wikipedia.org/wiki/John_Kerry "John Kerry") in [Geneva](https://en.wikipedia.org/wiki/Geneva "Geneva"). [(Reuters)](https://www.reuters.com/a) [(AP)](https://apnews.com/b)

#### Politics and elections

* A brief with no story. [(BBC)](https://www.bbc.com/c)
`;

describe('readLinkedDay', () => {
  it('reads each brief with its date, story headings, category, outlets and links', () => {
    const { briefs } = readLinkedDay('linked/2016-09-08-index.md', DAY);
    expect(briefs).toHaveLength(2);
    const [talks, other] = briefs;
    expect(talks).toMatchObject({
      date: '2016-09-08',
      text: 'Russian Foreign Minister Sergey Lavrov meets John Kerry in Geneva.',
      category: 'Armed conflicts and attacks',
      stories: [['Syrian civil war']],
      outlets: [
        { name: 'Reuters', url: 'https://www.reuters.com/a' },
        { name: 'AP', url: 'https://apnews.com/b' },
      ],
      copy: 'linked',
      file: 'linked/2016-09-08-index.md',
      line: 9,
    });
    const lavrov = talks!.links.find((l) => l.title === 'Sergey Lavrov')!;
    expect(talks!.text.slice(lavrov.start, lavrov.end)).toBe('Sergey Lavrov');
    expect(other).toMatchObject({ category: 'Politics and elections', stories: [] });
  });

  it("takes a red link's title without its tooltip's note", () => {
    const day = DAY.replace(
      'A brief with no story.',
      'A [new ceasefire](https://en.wikipedia.org/wiki/2026_Ceasefire "2026 Ceasefire (page does not exist)") holds.',
    );
    const brief = readLinkedDay('linked/2016-09-08-index.md', day).briefs[1]!;
    expect(brief.links.map((l) => l.title)).toEqual(['2026 Ceasefire']);
  });

  it.each([
    ['no front matter', 'no front matter\n', 1],
    ['front matter never closed', '---\ndate: 2016-09-08\n', 1],
    ['a link that does not close', DAY.replace('A brief with', '[A brief with'), 13],
  ])('fails on %s with file:line', (_, text, line) => {
    try {
      readLinkedDay('linked/2016-09-08-index.md', text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CorpusError);
      expect((e as CorpusError).problem).toMatchObject({
        file: 'linked/2016-09-08-index.md',
        line,
      });
    }
  });
});

const YEAR = [
  JSON.stringify({
    date: '2016-09-08',
    source: 'Portal:Current events/2016 September 8',
    payload: {
      'Armed conflicts and attacks': [
        'Syrian Civil War',
        'U.S. Secretary of State John Kerry meets Russian Foreign Minister Sergey Lavrov in Geneva. (Reuters) (AP)',
        'Another brief about the war. (BBC)',
      ],
    },
  }),
  '',
].join('\n');

describe('readArchiveYear', () => {
  it('reads briefs with the heading lines above them as stories', () => {
    const briefs = readArchiveYear('archive/2016.jsonl', YEAR);
    expect(briefs.map((b) => b.text)).toEqual([
      'U.S. Secretary of State John Kerry meets Russian Foreign Minister Sergey Lavrov in Geneva.',
      'Another brief about the war.',
    ]);
    expect(briefs[0]).toMatchObject({
      date: '2016-09-08',
      copy: 'archive',
      stories: [['Syrian Civil War']],
      outlets: [{ name: 'Reuters' }, { name: 'AP' }],
      line: 1,
      storyDistance: 0,
    });
    expect(briefs[1]!.storyDistance).toBe(1);
  });

  it.each([
    ['a line that is not JSON', '{"date": "2016-09-08",', /JSON/i],
    ['a bad date', JSON.stringify({ date: '2016-13-45', payload: {} }), /date/],
    [
      'a category that is not a list',
      JSON.stringify({ date: '2016-09-08', payload: { A: 'x' } }),
      /list/,
    ],
  ])('fails on %s with file:line', (_, bad, message) => {
    try {
      readArchiveYear('archive/2016.jsonl', `${YEAR}${bad}\n`);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CorpusError);
      expect((e as CorpusError).problem).toMatchObject({ file: 'archive/2016.jsonl', line: 2 });
      expect((e as CorpusError).problem.message).toMatch(message);
    }
  });
});

describe('mergeCopies', () => {
  it('drops an archive brief that a linked brief of the same day says again, and keeps the rest', () => {
    const linked = readLinkedDay('linked/2016-09-08-index.md', DAY).briefs;
    const archive = readArchiveYear(
      'archive/2016.jsonl',
      JSON.stringify({
        date: '2016-09-08',
        source: 's',
        payload: {
          U: [
            'Russian Foreign Minister Sergey Lavrov meets John Kerry in Geneva. (Reuters)',
            'Something else entirely happens in Paris. (AFP)',
          ],
        },
      }),
    );
    const { briefs, duplicates } = mergeCopies(archive, linked);
    expect(duplicates).toBe(1);
    expect(briefs.map((b) => `${b.copy}: ${b.text.slice(0, 20)}`).sort()).toEqual([
      'archive: Something else entir',
      'linked: A brief with no stor',
      'linked: Russian Foreign Mini',
    ]);
  });
});
