/**
 * Entities that only the archive names (2002–2024), found without links:
 * runs of capitalized words named again and again. A run that starts with a
 * first name (`Saddam Hussein` is not one, `Tony Blair` is) or follows a
 * title (`President Saddam Hussein`) is a person; one that ends in an
 * organization's or group's word (`National Narcotics Agency`) is that.
 * Each becomes a candidate with its title as the name; classify-kind.ts
 * then decides as for any other.
 */
import type { Brief } from '../../core/brief';
import type { Candidate } from './candidates';

const RUN =
  /(?:^|[^\p{L}\p{N}'’-])((?:(?:\p{Lu}[\p{L}'’-]+(?:(?<=\b(?:Jr|Sr|Inc|Corp|Co|Ltd))\.)?|\p{Lu}\.)(?:\s+(?:al-|bin|ibn|de|van|von|der|da|del|la|y)?\s*(?=\p{Lu}))?){2,8})/gu;

/** Capitalized words that open a run but are no part of the name: titles, demonyms, a country's name. */
const LEADING_TITLE =
  /^(?:(?:Former|Then|Acting|Interim|Deputy|Vice|Prime|Foreign|Defence|Defense|Finance|Interior|Minister|President|Secretary|General|Chancellor|King|Queen|Prince|Princess|Pope|Senator|Sen\.|Governor|Gov\.|Mayor|Premier|Chief|Justice|Judge|Ambassador|Envoy|Leader|Opposition|Speaker|Sheikh|Ayatollah|Cardinal|Archbishop|Bishop|Reverend|Rev\.|Dr\.|Mr\.|Mrs\.|Ms\.|Sir|Dame|Lord|Lady|Colonel|Col\.|Lieutenant|Lt\.|Major|Captain|Capt\.|Sergeant|Admiral|Commander|U\.S\.|US|UK|U\.N\.|UN|EU|State|Attorney|Representative|Rep\.|Congressman|Congresswoman|CEO|Chairman|Director|Spokesman|Spokeswoman|Supreme|Grand|Emir|Sultan|Crown|Party|Labour|Conservative|Democratic|Republican|Liberal|Socialist|Communist|\p{Lu}\p{L}+(?:an|ian|ese|ish|i|ic|ch)|\p{Lu}\p{L}+['’]s) )+/u;

/** Last words of an institution's or group's name. */
const BODY_WORD =
  /^(?:Commission|Committee|Council|Party|Command|Intelligence|Services|Service|Agency|Ministry|Department|Office|Bureau|Court|Tribunal|Authority|Board|Union|Association|Federation|Front|Movement|Army|Forces|Force|Guard|Police|Bank|Fund|Institute|University|Assembly|Parliament|Congress|Senate|League|Alliance|Coalition|Organization|Organisation|Corporation|Company|Group|Administration)$/;

/**
 * Offices and the place or people they are of, before a name: `South African President`, `New York City Mayor`,
 * `Field Marshal`; `General` only first or after a rank (not `GNU General Public License`).
 */
const OFFICE_PREFIX =
  /^(?:(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:President|Vice President|Prime Minister|Premier|Chancellor|Mayor|Governor|Minister|Secretary|Secretary-General|Field Marshal|Marshal|Senator|Leader|Speaker|Chief Justice|Ambassador|Envoy|Commander|Admiral|Chairman)|(?:(?:[\p{Lu}][\p{L}.'’-]*\s+)*(?:Former|Retired|Senior|Major|Lieutenant|Brigadier|Attorney|Surgeon|Inspector|Solicitor)\s+)?General)\s+(?=\S)/u;
/** A title written right before a person's name (not a demonym or a place's possessive). */
const TITLE_CUE =
  /^(?:President|Minister|Premier|Chancellor|Mayor|Governor|Secretary|General|Marshal|Senator|Leader|Speaker|Justice|Ambassador|Envoy|Commander|Admiral|Chairman|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Sultan|Colonel|Lieutenant|Captain|Dr\.|Mr\.|Mrs\.|Ms\.|Sir|Dame|Lord|Lady)$/;
/** Offices held by one person at a time: a name after one, alone, is that person's surname or first name. */
const ELECTED_OFFICE =
  /\b(?:President|Prime Minister|Premier|Chancellor|Mayor|Governor|Minister|Secretary|Senator)\s+$/;

/** Aircraft makers, whose name a model number follows (`Boeing 737`, `Airbus A320`). */
const AIRCRAFT_MAKER =
  /^(?:Boeing|Airbus|Antonov|Tupolev|Ilyushin|Embraer|Bombardier|Sukhoi|Cessna|ATR)$/;

/** A place's word after a possessive: the place is named for someone (`King Edward VII's Hospital`). */
const NAMED_FOR =
  /^(?:Hospital|College|School|University|Square|Church|Cathedral|Chapel|Basilica|Bridge|Park|Island|Bay)$/;

/**
 * A person's name without the titles and offices before it (`Former U.S. President Bill Clinton` →
 * `Bill Clinton`, `Field Marshal Khalifa Haftar` → `Khalifa Haftar`). After an office such as
 * President, one word (`President Obama`, `United States President Bill`) is returned alone, for the
 * caller to drop: a surname the person's own entry already has, or a first name cut from its surname.
 */
export function withoutLeadingTitles(run: string): string {
  const office = OFFICE_PREFIX.exec(run)?.[0];
  if (office) {
    const after = run.slice(office.length);
    // `Than`, `Rafic`: first names the demonym pattern would take.
    const titled = after.replace(LEADING_TITLE, '');
    const rest = titled.split(' ').length >= 2 ? titled : after;
    if (rest.split(' ').length >= 2 || ELECTED_OFFICE.test(office)) return rest;
  }
  const stripped = run.replace(LEADING_TITLE, '');
  return stripped.split(' ').length >= 2 ? stripped : run;
}

/** A run that ends in a party member's word (`New Hampshire Republican`; not `Senate Democrats`, a caucus). */
const PARTY_MEMBER = / (?:Republican|Democrat)$/;

/** A lowercase Arabic article joined to the next name (`el-Sisi`, `ad-Din`), which `RUN` does not take. */
const ARTICLE_AFTER = /^ (?:el|al|ad|ed|as|es|ash|ar|er|az|an|at|ud|ul)-\p{Lu}/u;

/** A weekday or month: `on Monday` is a date, not the rest of a name. */
const DATE_WORD =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b';
/** Words after a body's name that go on with it: `for the Laity`, `for Refugees`. */
const FOR_NAME = new RegExp(`^ for (?:the )?(?!${DATE_WORD})\\p{Lu}`, 'u');
/** A body that sits on a subject (`Commission on Human Rights`, `Office on Drugs and Crime`). */
const COUNCIL =
  /^(?:Commission|Committee|Council|Authority|Congress|Assembly|Tribunal|Board|Office)$/;
const ON_NAME = new RegExp(`^ on (?:the )?(?!${DATE_WORD})\\p{Lu}`, 'u');
/** A coalition's or alliance's aim (`Global Coalition to Counter ISIL`; not the `Global Fund`, its short name). */
const TO_NAME = /^ to \p{Lu}\p{Ll}+ \p{Lu}/u;

const WORD_BEFORE = /([\p{L}.'-]+)[\s,]*$/u;

/** Runs of capitalized words in briefs that link nothing, with the briefs they stand in (at least `minBriefs`). */
export function mineArchiveNames(
  briefs: readonly Brief[],
  known: ReadonlySet<string>,
  minBriefs = 2,
  /** Filled, when given, with the titles seen before known names (`Field Marshal` before `Khalifa Haftar`): `marshal` → count. */
  titled?: Map<string, Map<string, number>>,
  /** Whether a name is a country's or a place's: `Russia's Investigative Committee` is a body's name; `Robert Fico's Smer` is none. */
  isPlace: (name: string) => boolean = () => false,
): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  briefs.forEach((b, i) => {
    if (b.links.length > 0) return;
    for (const m of b.text.matchAll(RUN)) {
      const raw = m[1]!
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/['’]s$/, '');
      // A body's name keeps its first words (`Ethiopian Human Rights Commission`); a person's loses a title.
      const run = BODY_WORD.test(raw.split(' ').pop()!) ? raw : withoutLeadingTitles(raw);
      // One word is no name here; more than five is a run of several names or a cut one.
      const words = run.split(' ').length;
      if (words < 2 || words > 5) continue;
      // `a New Hampshire Republican`: someone described by place and party, no one's name.
      if (PARTY_MEMBER.test(run)) continue;
      // A linked name's possessive, not a place's, before a name or a word (`Robert Mugabe's
      // ZANU-PF`, `Rupert Murdoch's News Corporation`, `Donald Trump's Cabinet`; not `Russia's
      // Investigative Committee`): two names or a description, not one name. A place named for
      // someone is one (`King Edward VII's Hospital`, `St. Peter's Square`).
      const owned = /^(.+?)['’]s (.+)$/.exec(run);
      if (owned && known.has(owned[1]!) && !isPlace(owned[1]!) && !NAMED_FOR.test(owned[2]!))
        continue;
      if (known.has(run)) {
        // The briefs' own cue that a linked name is a person's, for its kind.
        const title =
          raw
            .slice(0, raw.length - run.length)
            .trim()
            .split(' ')
            .pop() ?? '';
        if (titled && TITLE_CUE.test(title)) {
          const cues = titled.get(run) ?? new Map<string, number>();
          const word = title.toLowerCase();
          titled.set(run, cues.set(word, (cues.get(word) ?? 0) + 1));
        }
        continue;
      }
      const start = m.index! + m[0].indexOf(m[1]!) + raw.length - run.length;
      const after = b.text.slice(start + run.length, start + run.length + 6);
      const rest = b.text.slice(start + run.length, start + run.length + 12);
      // Part of a longer name: `… of Foreign Affairs`, `Abdel Fattah el-Sisi` (a lowercase Arabic
      // article the run does not take).
      if (/^,? (?:of|and|de|for) \p{Lu}/u.test(after) || /^-/.test(after)) continue;
      if (ARTICLE_AFTER.test(rest)) continue;
      const last = run.split(' ').pop()!;
      const body = BODY_WORD.test(last);
      // A body's name cut before the rest of it: `Pontifical Council for the Laity`, `United Nations
      // Commission on Human Rights` (not `the Syrian Air Force on Idlib`), `Task Force 121`.
      const next = b.text.slice(start + run.length, start + run.length + 40);
      if (
        body &&
        (FOR_NAME.test(next) ||
          (COUNCIL.test(last) && ON_NAME.test(next)) ||
          (/^(?:Coalition|Alliance)$/.test(last) && TO_NAME.test(next)))
      )
        continue;
      if (last === 'Force' && /^ \d/.test(after)) continue;
      // An airline's name run on into its aircraft's maker (`Southwest Airlines Boeing 737`).
      if (AIRCRAFT_MAKER.test(last) && /^ [A-Z]?\d/.test(after)) continue;
      if (start === 0) continue; // A sentence's first word is capitalized anyway.
      const ahead = b.text.slice(Math.max(0, start - 32), start);
      // Part of a longer name: `Minister of Foreign Affairs …`, `Truth and Reconciliation Commission`.
      if (/\p{Lu}[\p{L}.'-]*,? (?:of|for|de|of the) $/u.test(ahead)) continue;
      if (/\p{Lu}[\p{L}.'-]* and $/u.test(ahead) && body) continue;
      // … or after a first word with a number (`COVID-19 Task Force`).
      if (body && /\p{Lu}[\p{L}]*-?\d+ $/u.test(ahead)) continue;
      if (/[.!?]["”’]? $/.test(ahead) && /^The /.test(run)) continue; // A later sentence's `The`.
      let c = found.get(run);
      if (!c) {
        c = {
          title: run,
          anchors: new Map(),
          before: new Map(),
          briefs: new Set(),
          story: false,
          parents: new Map(),
        };
        found.set(run, c);
      }
      c.briefs.add(i);
      c.anchors.set(run, (c.anchors.get(run) ?? 0) + 1);
      const before = WORD_BEFORE.exec(
        b.text.slice(Math.max(0, start - 40), start).replace(/(?:\p{Lu}[\p{L}.]*\s+)+$/u, (t) =>
          run === raw
            ? t
            : `${raw
                .slice(0, raw.length - run.length)
                .trim()
                .split(' ')
                .pop()} `,
        ),
      );
      if (before) {
        const word = before[1]!.toLowerCase();
        c.before.set(word, (c.before.get(word) ?? 0) + 1);
      }
    }
  });
  for (const [run, c] of found) if (c.briefs.size < minBriefs) found.delete(run);
  return found;
}
