/**
 * Checks in Chromium that we and mark.js find the same names before their
 * times are compared: on a page of generated people, our strong-alias
 * mentions against mark.js `markRegExp` over the pack's strong aliases.
 */
import { tabMessenger, type ChromiumSession } from '../../browser-harness/chromium';
import { readyMentions } from '../../browser-harness/mentions';
import { markJsSource } from './chromium-scan';
import { markedTexts, markRegExpRun } from './in-page';
import { alternation, compareMatches, type MatchComparison, type PackAlias } from './match-check';

/** Our mentions linked by a strong alias, against mark.js over the strong aliases, on `url`. */
export async function checkMatches(
  ext: ChromiumSession,
  base: ChromiumSession,
  url: string,
  aliases: readonly PackAlias[],
): Promise<MatchComparison> {
  const ours = await ext.openPage(url);
  const theirs = await base.openPage(url);
  try {
    const answer = await readyMentions(await tabMessenger(ext, ours), 60_000);
    const oursTexts = answer.mentions
      .filter((m) => m.rule.startsWith('strong-alias'))
      .map((m) => m.text);
    await theirs.evaluate(markJsSource);
    const strong = alternation(aliases.filter((a) => a.strong && !a.generic).map((a) => a.text));
    await theirs.evaluate(markRegExpRun, strong);
    return compareMatches(oursTexts, await theirs.evaluate(markedTexts));
  } finally {
    await Promise.all([ours.close(), theirs.close()]);
  }
}
