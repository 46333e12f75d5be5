/**
 * Splits an article file into its YAML front matter and its body.
 *
 * ```
 * ---                      line 1
 * title: …                 front matter (YAML) from line 2
 * ---
 * Body, verbatim…          everything after the closing line
 * ```
 * The body is kept byte for byte, except one final line break, which editors
 * add and the original text may not have.
 */

export type FrontMatterSplit =
  | { ok: true; yaml: string; body: string; bodyOffset: number }
  | { ok: false; offset: number; message: string };

const OPEN = /^---\r?\n/;
const CLOSE = /^---\r?$/m;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open)
    return {
      ok: false,
      offset: 0,
      message: "missing front matter: the file must start with a '---' line",
    };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close)
    return { ok: false, offset: 0, message: "front matter is not closed by a '---' line" };
  const yaml = rest.slice(0, close.index);
  let bodyOffset = open[0].length + close.index + close[0].length;
  if (text[bodyOffset] === '\n') bodyOffset++;
  let body = text.slice(bodyOffset);
  body = body.endsWith('\r\n') ? body.slice(0, -2) : body.endsWith('\n') ? body.slice(0, -1) : body;
  return { ok: true, yaml, body, bodyOffset };
}
