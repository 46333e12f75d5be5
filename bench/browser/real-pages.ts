/**
 * Picks saved real pages (tests/fixtures/real-pages/) by the size of their
 * text: for each target size, the page whose body text is nearest to it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Characters of text in an HTML document's body, roughly as a walk over its
 * text nodes would read them: no head, scripts, styles, templates or
 * comments; tags dropped; character references count as one character.
 */
export function bodyTextChars(html: string): number {
  const start = html.search(/<body[\s>]/i);
  const body = start >= 0 ? html.slice(start) : html;
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#') || NAMED[name.toLowerCase()] ? '_' : whole,
    ).length;
}

export interface SizedPage {
  file: string;
  chars: number;
}

/** For each target, the page nearest to it (by ratio), each page used once. */
export function pickBySize(pages: readonly SizedPage[], targets: readonly number[]): SizedPage[] {
  const used = new Set<string>();
  return targets.map((target) => {
    let best: SizedPage | undefined;
    let bestScore = Infinity;
    for (const page of pages) {
      if (used.has(page.file) || page.chars === 0) continue;
      const score = Math.abs(Math.log(page.chars / target));
      if (score < bestScore || (score === bestScore && page.file < best!.file)) {
        best = page;
        bestScore = score;
      }
    }
    if (!best) throw new Error(`no page left for ${target} characters`);
    used.add(best.file);
    return best;
  });
}

/** Every `*.html` in `dir` with its body text size, sorted by file name. */
export async function sizeRealPages(dir: string): Promise<SizedPage[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      chars: bodyTextChars(await readFile(join(dir, file), 'utf8')),
    })),
  );
}
