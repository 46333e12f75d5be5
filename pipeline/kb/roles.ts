/**
 * A person's role as of a date, from the words a brief writes before the
 * name: "Russian Foreign Minister Sergey Lavrov" gives "Russian Foreign
 * Minister" as of that brief's date; "U.S. president Donald Trump" gives
 * "U.S. president".
 */

import { referenceLists } from './reference-lists';

export interface RoleAt {
  role: string;
  /** ISO date of the brief that states it. */
  date: string;
}

const ROLE_NOUN =
  /\b(?:Secretary of (?:State|Defense|the Treasury|Energy|Homeland Security|Labor|Commerce|Agriculture|the Interior|Health and Human Services|Education|Transportation|Veterans Affairs|War)|Minister (?:of|for) (?:Foreign Affairs|Defence|Defense|Finance|the Interior|Interior|Health|Justice)|President|President-elect|Vice President|Prime Minister|Minister|Secretary|Chancellor|Premier|Governor|Mayor|King|Queen|Crown Prince|Prince|Princess|Emir|Sultan|Sheikh|Pope|Patriarch|Ayatollah|Supreme Leader|Leader|leader|Speaker|Senator|Representative|Ambassador|Envoy|General|Commander|Chief|CEO|Chairman|Chairwoman|Director|Director-General|Secretary-General|Attorney General|Justice|Judge|Spokesperson|Spokesman|Spokeswoman|president|prime minister|minister|secretary|chancellor|governor|mayor|senator|ambassador|envoy|commander|chief|chairman|spokesperson|spokesman|foreign minister|defense minister|defence minister)$/;

const ROLE_WORD =
  /^(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and|de|former|Former|acting|Acting|then-|interim|Interim|deputy|Deputy|vice|Vice|foreign|defense|defence|finance|interior|prime|minister|president|secretary|chief|general|supreme|leader|opposition|state|national|security|attorney)$/u;

/** A word that starts a role of its own after `and`: a demonym or an office. */
const OFFICE_START =
  /^(?:Foreign|Defense|Defence|Prime|President|Vice|Deputy|Finance|Interior|Minister|Secretary|Chief|General|Supreme|U\.S\.|US|UK|UN)$/;
const startsNewRole = (word: string | undefined): boolean =>
  word !== undefined && (OFFICE_START.test(word) || referenceLists().demonyms.has(word));

/** The role stated right before `start` in `text`, if any (at most six words, ending in a role noun). */
export function roleBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 90), start);
  if (!/\s$/.test(before)) return undefined;
  const words = before.trimEnd().split(/\s+/);
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0 && role.length < 6; i--) {
    const w = words[i]!;
    if (/[,;:]$/.test(w) || !ROLE_WORD.test(w)) break;
    role.unshift(w);
  }
  // `Kerry and Russian Foreign Minister`, `President Vladimir Putin and Foreign Minister`: a new
  // role starts after `and` (not `Health and Human Services`).
  const and = role.lastIndexOf('and');
  if (and >= 0 && startsNewRole(role[and + 1])) role.splice(0, and + 1);
  while (role.length > 0 && /^(?:the|of|and|for)$/i.test(role[0]!)) role.shift();
  // The role ends at its noun: "Russian Foreign Minister", not "Minister Lavrov's".
  if (role.length === 0 || !ROLE_NOUN.test(role.join(' '))) return undefined;
  if (/^(?:The|A|An)$/.test(role[0] ?? '')) role.shift();
  return role.join(' ');
}

/** Roles over time, oldest first, one entry per change of role. */
export function roleTimeline(seen: readonly RoleAt[]): RoleAt[] {
  const sorted = [...seen].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: RoleAt[] = [];
  // `Russian Foreign Minister`, then `Russian foreign minister`: the same role, written otherwise.
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const r of sorted)
    if (out.length === 0 || !same(out[out.length - 1]!.role, r.role)) out.push(r);
  return out;
}
