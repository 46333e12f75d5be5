/**
 * Runs the spotter over blocks of page text. The blocks are joined with a
 * blank line (which no name crosses), spotted in chunks of bounded size, and
 * each mention is mapped back to its block. The spotter works in steps
 * (`spotSteps`), so no step of a chunk runs long either.
 *
 * The linker needs the whole page for support ("Kerry" links because "John
 * Kerry" is named elsewhere). When only part of the page is spotted (a chunk
 * of a long page, or the blocks a mutation touched), the names of entities
 * linked elsewhere are put in front of the text as a header of their own
 * paragraphs, so they lend the same support; mentions in the header are dropped.
 */
import type { Mention, SpotOptions } from '../core/spotter';
import type { SliceTask } from './slice-runner';
import type { TextBlock } from './text-blocks';

/** A linked mention placed in its block: `start`/`end` are offsets in `block.text`. */
export interface BlockMention {
  block: TextBlock;
  start: number;
  end: number;
  mention: Mention;
}

export interface SpotBlocksOptions {
  pageDate?: string;
  /** Names of entities linked elsewhere on the page. */
  support?: readonly string[];
  /** Characters per spotter call (default 20,000). */
  chunkChars?: number;
  /** The block to spot first (the one in view); the others follow outward from it. */
  firstBlock?: number;
  /** Called with each chunk's mentions as the first pass finds them (to draw early). */
  onChunk?: (mentions: BlockMention[]) => void;
}

/** What separates blocks: two line breaks end any name. */
export const BLOCK_SEPARATOR = '\n\n';
/** Characters per spotter call unless told otherwise. */
export const DEFAULT_CHUNK_CHARS = 20_000;

/** Consecutive block ranges `[from, to)` of at most `limit` characters (one block may exceed it). */
export function chunkBlocks(blocks: readonly TextBlock[], limit: number): [number, number][] {
  const chunks: [number, number][] = [];
  let from = 0;
  let size = 0;
  blocks.forEach((block, i) => {
    if (i > from && size + block.text.length > limit) {
      chunks.push([from, i]);
      from = i;
      size = 0;
    }
    size += block.text.length + BLOCK_SEPARATOR.length;
  });
  if (from < blocks.length) chunks.push([from, blocks.length]);
  return chunks;
}

/** Chunk indices starting at the one holding `block`, then alternating outward. */
function outwardOrder(chunks: [number, number][], block: number): number[] {
  if (chunks.length === 0) return [];
  const first = Math.max(
    0,
    chunks.findIndex(([from, to]) => block >= from && block < to),
  );
  const order = [first];
  for (let d = 1; order.length < chunks.length; d++) {
    if (first + d < chunks.length) order.push(first + d);
    if (first - d >= 0) order.push(first - d);
  }
  return order;
}

/**
 * What spotting blocks needs of the spotter: a slice task per text (core's spotter in steps, or
 * the background's, which waits for its answer: messaging/spot-client.ts).
 */
export interface BlockSpotter {
  spotSteps(text: string, options?: SpotOptions): SliceTask<Mention[]>;
}

/** Spots `blocks[from..to)` with `support` in front; mentions in document order. */
function* spotChunk(
  spotter: BlockSpotter,
  blocks: readonly TextBlock[],
  from: number,
  to: number,
  support: readonly string[],
  pageDate: string | undefined,
): SliceTask<BlockMention[]> {
  const header = support.map((name) => name + BLOCK_SEPARATOR).join('');
  const starts: number[] = [];
  let text = header;
  for (let i = from; i < to; i++) {
    starts.push(text.length);
    text += blocks[i]!.text + BLOCK_SEPARATOR;
  }
  const out: BlockMention[] = [];
  let b = 0;
  for (const mention of yield* spotter.spotSteps(text, { pageDate })) {
    if (mention.start < header.length) continue;
    while (b + 1 < starts.length && starts[b + 1]! <= mention.start) b++;
    const block = blocks[from + b]!;
    const start = mention.start - starts[b]!;
    const end = mention.end - starts[b]!;
    if (end <= block.text.length) out.push({ block, start, end, mention });
  }
  return out;
}

/** Distinct entity names of `mentions`, in first-seen order. */
export function supportNames(mentions: Iterable<BlockMention>): string[] {
  return [...new Set(Array.from(mentions, (m) => m.mention.name))];
}

/**
 * Every linked mention in `blocks`, in document order. Yields within each
 * spotter call and after it. A page longer than one chunk is spotted twice:
 * once to learn which entities it names, then with those names as support
 * for every chunk.
 */
export function* spotBlocks(
  spotter: BlockSpotter,
  blocks: readonly TextBlock[],
  options: SpotBlocksOptions = {},
): SliceTask<BlockMention[]> {
  const chunks = chunkBlocks(blocks, options.chunkChars ?? DEFAULT_CHUNK_CHARS);
  const order = outwardOrder(chunks, options.firstBlock ?? 0);
  const pass = function* (
    support: readonly string[],
    onChunk?: (mentions: BlockMention[]) => void,
  ): SliceTask<BlockMention[][]> {
    const found: BlockMention[][] = [];
    for (const c of order) {
      const [from, to] = chunks[c]!;
      found[c] = yield* spotChunk(spotter, blocks, from, to, support, options.pageDate);
      onChunk?.(found[c]);
      yield;
    }
    return found;
  };
  let found = yield* pass(options.support ?? [], options.onChunk);
  if (chunks.length > 1 && options.support === undefined) {
    found = yield* pass(supportNames(found.flat()));
  }
  return found.flat();
}
