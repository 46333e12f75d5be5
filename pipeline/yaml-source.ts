/**
 * YAML parsing that can say where every node came from, so a problem found
 * later (a bad field, a duplicate id, a quote that is not in its article) is
 * reported at its exact `file:line:column`.
 *
 * Two parsers, one job each: js-yaml reads the values (about 20× faster, which
 * matters at 10k entries), and the `yaml` package, with its LineCounter,
 * locates nodes. The positioned document is built only when a problem needs a
 * place, so valid data never pays for it. Both read YAML 1.2's core schema
 * (`2016-09-08` stays a string).
 */
import { CORE_SCHEMA, load as fastLoad, YAMLException } from 'js-yaml';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { Problem } from './problems';

export type YamlPath = readonly (string | number)[];

export interface YamlSource {
  file: string;
  /** The parsed plain value (undefined when the YAML is malformed). */
  value: unknown;
  /** Malformed YAML (its first error), already positioned. */
  problems: Problem[];
  /** A problem at the node at `path` (or its deepest existing ancestor). */
  problemAt(path: YamlPath, message: string): Problem;
  /** A problem at the key of the entry `path` (for unknown keys). */
  problemAtKey(path: YamlPath, message: string): Problem;
}

/** First line of a parser's message, without its position suffix. */
function shortMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '').replace(/ \(\d+:\d+\)$/, '');
}

function child(node: unknown, key: string | number): { value: unknown; key: unknown } | undefined {
  if (isSeq(node) && typeof key === 'number') {
    const value = node.items[key];
    return value === undefined ? undefined : { value, key: undefined };
  }
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    return pair ? { value: pair.value, key: pair.key } : undefined;
  }
  return undefined;
}

const nodeStart = (node: unknown): number => (isNode(node) && node.range ? node.range[0] : 0);

/** The positioned document, parsed on first use. */
function positioned(text: string): () => { doc: Document; lines: LineCounter } {
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  return () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
    }
    return parsed;
  };
}

/** Offset of the node at `path` (or of its key), or of its deepest existing ancestor. */
function offsetOf(doc: Document, path: YamlPath, keyOfLast: boolean): number {
  let node: unknown = doc.contents;
  let offset = nodeStart(node);
  for (const [i, key] of path.entries()) {
    const next = child(node, key);
    if (!next) break;
    if (i === path.length - 1 && keyOfLast && isNode(next.key)) return nodeStart(next.key);
    node = next.value;
    if (isNode(node)) offset = nodeStart(node);
  }
  return offset;
}

/**
 * Parses `text` as YAML. `lineOffset` is added to every reported line: front
 * matter starts on line 2 of its file, so its offset is 1.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const get = positioned(text);
  const at = (offset: number, message: string): Problem => {
    const { line, col } = get().lines.linePos(offset);
    return { file, line: line + lineOffset, column: col, message };
  };
  const source = (value: unknown, problems: Problem[]): YamlSource => ({
    file,
    value,
    problems,
    problemAt: (path, message) => at(offsetOf(get().doc, path, false), message),
    problemAtKey: (path, message) => at(offsetOf(get().doc, path, true), message),
  });
  try {
    return source(fastLoad(text, { schema: CORE_SCHEMA }), []);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // After the first syntax error the parser's further errors are mostly echoes of it.
    const { errors, warnings } = get().doc;
    const first = errors[0] ?? warnings[0];
    if (first) return source(undefined, [at(first.pos[0], shortMessage(first.message))]);
    const { line, column } = error.mark;
    const problem = {
      file,
      line: line + 1 + lineOffset,
      column: column + 1,
      message: shortMessage(error.reason),
    };
    return source(undefined, [problem]);
  }
}
