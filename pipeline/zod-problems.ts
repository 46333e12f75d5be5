/** Turns zod issues into positioned problems, worded for a curator. */
import type { z } from 'zod';
import type { Problem } from './problems';
import type { YamlPath, YamlSource } from './yaml-source';

/** `aliases[1].strength` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : typeof value;
}

function wording(issue: z.core.$ZodIssue, field: string): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `missing ${field}`;
    const expected =
      issue.expected === 'object'
        ? 'a mapping'
        : issue.expected === 'array'
          ? 'a list'
          : `a ${issue.expected}`;
    return `${field} must be ${expected}, not ${describe(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${field}: ${issue.message}`;
}

/**
 * One problem per issue, at the offending node. `prefix` is the path of the
 * checked value inside the YAML document (`[3]` for the fourth catalog entry).
 */
export function zodProblems(
  source: YamlSource,
  error: z.ZodError,
  prefix: YamlPath = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = fieldName([...path, key]);
        problems.push(source.problemAtKey([...prefix, ...path, key], `unknown field ${field}`));
      }
      continue;
    }
    const field = fieldName(path) || 'entry';
    problems.push(source.problemAt([...prefix, ...path], wording(issue, field)));
  }
  return problems;
}
