/** "Why highlighted": the text on the page, the alias it matched and the rule. */
import { ruleLabel } from './card-labels';

export interface WhyHighlighted {
  /** The text as written on the page. */
  text: string;
  /** The alias that matched. */
  alias: string;
  /** The linking rule (see core/linker). */
  rule: string;
}

/** One line explaining the highlight. */
export function CardWhy({ why }: { why: WhyHighlighted }) {
  return (
    <p class="bs-card-why">
      <span class="bs-card-subhead">Why highlighted: </span>“{why.text}” matches the name “
      {why.alias}” ({ruleLabel(why.rule)}).
    </p>
  );
}
