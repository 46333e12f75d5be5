/** "Why highlighted": the text on the page, the alias it matched and the rule. */
import { explainLinkRule } from '../../core/link-rules';
import { ruleLabel } from './card-labels';

export interface WhyHighlighted {
  /** The text as written on the page. */
  text: string;
  /** The alias that matched. */
  alias: string;
  /** The linking rule (see core/link-rules.ts). */
  rule: string;
}

/** The alias and rule, with the rule's explanation (or its name when unknown). */
export function CardWhy({ why }: { why: WhyHighlighted }) {
  return (
    <p class="bs-card-why">
      <span class="bs-card-subhead">Why highlighted: </span>“{why.text}” matches “{why.alias}”.{' '}
      <span title={why.rule}>{explainLinkRule(why.rule) ?? `(${ruleLabel(why.rule)})`}</span>
    </p>
  );
}
