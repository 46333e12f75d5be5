/**
 * An article body cut into paragraphs (one per line) and, inside each, plain
 * text and mentions, so the reader can draw the mentions as links.
 */
import type { EntityKind } from '../../core/pack';

/** A linked mention in the body (a core Mention, or the fields of one that matter here). */
export interface BodyMention {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
  name: string;
}

export type ArticlePart = { text: string; mention?: BodyMention };

export interface ArticleParagraph {
  /** Offset of the paragraph in the body. */
  start: number;
  parts: ArticlePart[];
}

/** Paragraphs of `body` with `mentions` (sorted, non-overlapping) cut out; blank lines dropped. */
export function articleParagraphs(
  body: string,
  mentions: readonly BodyMention[],
): ArticleParagraph[] {
  const paragraphs: ArticleParagraph[] = [];
  let lineStart = 0;
  let m = 0;
  for (const line of body.split('\n')) {
    const lineEnd = lineStart + line.length;
    const parts: ArticlePart[] = [];
    let at = lineStart;
    while (m < mentions.length && (mentions[m] as BodyMention).start < lineEnd) {
      const mention = mentions[m] as BodyMention;
      if (mention.start >= at && mention.end <= lineEnd) {
        if (mention.start > at) parts.push({ text: body.slice(at, mention.start) });
        parts.push({ text: body.slice(mention.start, mention.end), mention });
        at = mention.end;
      }
      m++;
    }
    if (at < lineEnd) parts.push({ text: body.slice(at, lineEnd) });
    if (line.trim() !== '') paragraphs.push({ start: lineStart, parts });
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}
