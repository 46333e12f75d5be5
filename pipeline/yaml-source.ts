/**
 * YAML parsing that remembers where every node came from, so a problem found
 * later (a bad field, a duplicate id, a quote that is not in its article) can
 * be reported at its exact `file:line:column`.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
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

/** First line of a `yaml` error message, without its "at line …" suffix. */
function shortMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
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

/**
 * Parses `text` as YAML. `lineOffset` is added to every reported line: front
 * matter starts on line 2 of its file, so its offset is 1.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number, message: string): Problem => {
    const { line, col } = lines.linePos(offset);
    return { file, line: line + lineOffset, column: col, message };
  };
  const nodeStart = (node: unknown): number => (isNode(node) && node.range ? node.range[0] : 0);
  const walk = (path: YamlPath, keyOfLast: boolean): number => {
    let node: unknown = doc.contents;
    let offset = nodeStart(node);
    for (const [i, key] of path.entries()) {
      const next = child(node, key);
      if (!next) break;
      const last = i === path.length - 1;
      if (last && keyOfLast && isNode(next.key)) return nodeStart(next.key);
      node = next.value;
      if (isNode(node as Node | null)) offset = nodeStart(node);
    }
    return offset;
  };
  // After the first syntax error the parser's further errors are mostly echoes of it.
  const problems = doc.errors.slice(0, 1).map((e) => at(e.pos[0], shortMessage(e.message)));
  return {
    file,
    value: problems.length > 0 ? undefined : doc.toJS(),
    problems,
    problemAt: (path, message) => at(walk(path, false), message),
    problemAtKey: (path, message) => at(walk(path, true), message),
  };
}
