/** Sentence splitting with `Intl.Segmenter`, keeping offsets into the text. */

export interface SentenceSpan {
  start: number;
  end: number;
  /** The sentence without surrounding whitespace. */
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of `text`, trimmed, with their offsets; blank ones are skipped. */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    spans.push({ start: index + lead, end: index + lead + trimmed.length, text: trimmed });
  }
  return spans;
}
