/**
 * Why a mention was linked: the rule, its confidence, and the sentence the
 * hover card shows under "why highlighted".
 */
export type LinkRule =
  | 'strong-alias'
  | 'strong-alias-disambiguated'
  | 'weak-alias-same-entity'
  | 'weak-alias-related-entity'
  | 'weak-alias-company-verb'
  | 'weak-alias-place-office'
  | 'weak-alias-sole-surname'
  | 'weak-alias-cited-source'
  | 'generic-context-cue'
  | 'generic-page-date'
  | 'generic-same-page';

export const LINK_RULES: readonly LinkRule[] = [
  'strong-alias',
  'strong-alias-disambiguated',
  'weak-alias-same-entity',
  'weak-alias-related-entity',
  'weak-alias-company-verb',
  'weak-alias-place-office',
  'weak-alias-sole-surname',
  'weak-alias-cited-source',
  'generic-context-cue',
  'generic-page-date',
  'generic-same-page',
];

/** A human-readable explanation of each rule, for the card. */
export const LINK_RULE_EXPLANATIONS: Record<LinkRule, string> = {
  'strong-alias': 'Full name or unique title: it names this entity on its own.',
  'strong-alias-disambiguated':
    'A name several entities share; this page names this one (or a related one) elsewhere.',
  'weak-alias-same-entity': 'A surname or short form; the page also names this entity in full.',
  'weak-alias-related-entity':
    'A surname or short form; the page names a closely related actor or event in full.',
  'weak-alias-company-verb':
    'A company whose name is also a word, written as the one that acts here ("Amazon said", "Apple shares", "on Twitter").',
  'weak-alias-place-office':
    'A short place name that is also a word or a name, written before one of its offices or voters ("New York Gov.", "a Virginia Republican").',
  'weak-alias-sole-surname':
    'A surname no one else in the background has, written again and again on the page or after a title ("Dr. Fauci").',
  'weak-alias-cited-source':
    'A name an organization shares with people, cited as the source of a report ("according to Bloomberg", "Bloomberg reported").',
  'generic-context-cue': 'A generic name; the words next to it tie it to this event.',
  'generic-page-date': "A recurring event's name; the page's date falls on this event.",
  'generic-same-page':
    'A generic name; elsewhere on the page it is tied to this event, and to no other.',
};

/** Confidence (0..1) of each rule; a tighter local cue can raise a generic link. */
export const LINK_RULE_CONFIDENCE: Record<LinkRule, number> = {
  'strong-alias': 0.95,
  'strong-alias-disambiguated': 0.8,
  'weak-alias-same-entity': 0.85,
  'weak-alias-related-entity': 0.7,
  'weak-alias-company-verb': 0.7,
  'weak-alias-place-office': 0.7,
  'weak-alias-sole-surname': 0.65,
  'weak-alias-cited-source': 0.7,
  'generic-context-cue': 0.75,
  'generic-page-date': 0.6,
  'generic-same-page': 0.6,
};

/** The explanation for a rule name (e.g. from a message), or undefined. */
export function explainLinkRule(rule: string): string | undefined {
  return (LINK_RULE_EXPLANATIONS as Record<string, string>)[rule];
}
