/** Text with the words a search matched wrapped in `<mark>`. */
import { markTerms } from '../../core/search-marks';

export interface MarkedProps {
  text: string;
  /** Normalized matched words (a search hit's `terms`). */
  terms: readonly string[];
}

export function Marked({ text, terms }: MarkedProps) {
  return (
    <>
      {markTerms(text, terms).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
