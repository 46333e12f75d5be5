/**
 * The shapes of the hand-edited data (zod): an article's front matter and a
 * catalog entry. Cross-entry rules (unique ids, known participants, alias
 * clashes, verbatim quotes) live in validate/.
 */
import { z } from 'zod';
import { ACTOR_KINDS, EVENT_KINDS } from '../core/pack';
import { firstDay, isIsoDateShape, isRealDate, lastDay } from './iso-date';

/** Lowercase words joined by hyphens: `john-kerry`, `g20-hangzhou-summit-2016`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, 'must be lowercase words joined by hyphens (e.g. john-kerry)');
const text = z.string().trim().min(1, 'must not be empty');
const oneLine = text.regex(/^[^\n]*$/, 'must be one line');
const wikipediaTitle = z
  .string()
  .regex(/^[^\s]+$/, 'must be a Wikipedia title with underscores, no spaces');

/** An existing date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`full`: only the last); a bare year may be unquoted. */
function isoDate(full = false) {
  const shape = full ? 'YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD';
  return z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().superRefine((value, ctx) => {
      if (!isIsoDateShape(value) || (full && value.length !== 10)) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a date (${shape})` });
      } else if (!isRealDate(value)) {
        ctx.addIssue({ code: 'custom', message: `impossible date "${value}"` });
      }
    }),
  );
}

const dateSpan = z
  .strictObject({
    start: isoDate().optional(),
    end: isoDate().optional(),
    text: oneLine.optional(),
  })
  .superRefine((span, ctx) => {
    if (span.start && span.end && firstDay(span.start) > lastDay(span.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end ${span.end} is before start ${span.start}`,
      });
    }
  });

export const articleFrontMatterSchema = z.strictObject({
  title: oneLine,
  source: oneLine,
  url: z.url().optional(),
  published: isoDate(true),
  dateline: oneLine.optional(),
  origin: oneLine,
  /** The body's last line when it only credits the source ("As reported by …"). */
  attribution: oneLine.optional(),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

const aliasSchema = z.strictObject({
  text,
  strength: z.enum(['strong', 'weak']),
  generic: z.boolean().optional(),
});

const factSchema = z.strictObject({
  /** The fact in our own words. */
  text: oneLine,
  /** Verbatim words of the article that back it. */
  quote: text,
  /** The article's id (its file name without `.md`). */
  article: slug,
});

export const catalogEntrySchema = z.strictObject({
  id: slug,
  kind: z.enum([...ACTOR_KINDS, ...EVENT_KINDS]),
  name: oneLine,
  aliases: z.array(aliasSchema),
  role: oneLine.optional(),
  summary: oneLine.max(200, 'must be one short line (200 characters at most)'),
  dates: dateSpan.optional(),
  places: z.array(oneLine).optional(),
  participants: z.array(slug).optional(),
  related: z.array(slug).optional(),
  cues: z.array(text).optional(),
  /** The Wikipedia title, with underscores (`Vladimir_Putin`): generated entities with the same title merge into this entry. */
  wikipedia: wikipediaTitle.optional(),
  facts: z.array(factSchema).min(1, 'needs at least one fact quoting an article'),
});
export type CatalogEntryInput = z.infer<typeof catalogEntrySchema>;

/**
 * An entry of `catalog/same-thing.yaml`: generated entities whose titles name one thing in words
 * no rule can tell apart (a renamed article, an acronym), reviewed by hand. `keep` is the title the
 * entity keeps; the `join` titles fold into it.
 */
export const sameThingEntrySchema = z.strictObject({
  keep: wikipediaTitle,
  join: z.array(wikipediaTitle).min(1, 'needs at least one title to join'),
  why: oneLine,
});
export type SameThingEntry = z.infer<typeof sameThingEntrySchema>;
