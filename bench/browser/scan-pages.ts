/**
 * The pages the page-scan bench loads: saved real pages picked by text size,
 * and generated news pages of the same sizes, served by the e2e loopback
 * server. Generated pages use sentences of the bundled articles and names of
 * the first generated people (present in every generated pack).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StaticServer } from '../../browser-harness/server';
import { syntheticPeople } from './corpus';
import { newsPage } from './news-page';
import { pickBySize, sizeRealPages } from './real-pages';

export interface ScanPage {
  /** `real-50k`, `gen-300k`… */
  id: string;
  /** The saved page's file name, or `generated`. */
  source: string;
  /** Characters in the body's text nodes (roughly, for real pages). */
  textChars: number;
  url: string;
}

/** Target text sizes, with their labels. */
export const SIZES = [
  { label: '50k', chars: 50_000 },
  { label: '300k', chars: 300_000 },
  { label: '1m', chars: 1_000_000 },
] as const;

/** People named on generated pages (the first of every generated pack). */
const PAGE_PEOPLE = 200;

/** Body sentences of the bundled articles (front matter and attribution line left out). */
export async function bundledSentences(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'articles');
  const out: string[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(join(dir, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const attribution = /^attribution: (.*)$/m.exec(front)?.[1];
    for (const line of body.split('\n')) {
      if (!line.trim() || line === attribution) continue;
      out.push(...line.split(/(?<=[.!?”])\s+(?=[A-Z“])/).filter((s) => s.length > 20));
    }
  }
  return out;
}

/** A page of generated people only (full names, then surnames): strong aliases mean the same to both sides. */
export function equalityPage(server: StaticServer): ScanPage {
  const people = syntheticPeople(PAGE_PEOPLE).map((p) => `${p.given} ${p.surname}`);
  const page = newsPage({ chars: 50_000, sentences: [], people, seed: 5 });
  return {
    id: 'gen-names-50k',
    source: 'generated',
    textChars: page.textChars,
    url: server.addPage('equality.html', page.html),
  };
}

/** Registers generated pages with `server` and picks real ones; `sizes` limits both. */
export async function scanPages(
  server: StaticServer,
  realDir: string,
  dataDir: string,
  sizes: readonly (typeof SIZES)[number][] = SIZES,
): Promise<ScanPage[]> {
  const real = pickBySize(
    await sizeRealPages(realDir),
    sizes.map((s) => s.chars),
  );
  const pages: ScanPage[] = [];
  sizes.forEach((size, i) => {
    const picked = real[i]!;
    pages.push({
      id: `real-${size.label}`,
      source: picked.file,
      textChars: picked.chars,
      url: server.real(picked.file),
    });
  });
  for (const size of sizes) pages.push(await generatedPage(server, dataDir, size));
  return pages;
}

/** A generated news page of `size`, registered with `server`. */
export async function generatedPage(
  server: StaticServer,
  dataDir: string,
  size: (typeof SIZES)[number],
): Promise<ScanPage> {
  const sentences = await bundledSentences(dataDir);
  const people = syntheticPeople(PAGE_PEOPLE).map((p) => `${p.given} ${p.surname}`);
  const page = newsPage({ chars: size.chars, sentences, people });
  return {
    id: `gen-${size.label}`,
    source: 'generated',
    textChars: page.textChars,
    url: server.addPage(`news-${size.label}.html`, page.html),
  };
}
