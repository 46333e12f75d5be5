/** Helpers for page/ tests: read and spot a page at once. */
import type { StyleProbe } from '../element-kind';
import { drain } from '../../core/steps';
import { PageModel } from '../page-model';
import { spotBlocks, type BlockMention, type SpotBlocksOptions } from '../spot-blocks';
import { collectBlocks, type TextBlock } from '../text-blocks';
import { fakeSpotter, type FakeSpotter } from './fake-spotter';

/** The blocks of `root`, read at once. */
export function collectBlocksNow(root: Element, probe?: StyleProbe): TextBlock[] {
  const out: TextBlock[] = [];
  drain(collectBlocks(root, out, probe));
  return out;
}

export interface SpottedPage {
  blocks: TextBlock[];
  mentions: BlockMention[];
  model: PageModel;
}

/** Puts `html` in the body, reads it and spots it (with the fake spotter unless given one). */
export function spotPage(
  html: string,
  options: SpotBlocksOptions = {},
  spotter: FakeSpotter = fakeSpotter(),
): SpottedPage {
  document.body.innerHTML = html;
  const blocks = collectBlocksNow(document.body);
  const mentions = drain(spotBlocks(spotter, blocks, options));
  const model = new PageModel();
  model.reset(blocks, mentions);
  return { blocks, mentions, model };
}
