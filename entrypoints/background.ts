/**
 * The background worker holds the cards pack (read from the extension's own
 * files when it starts) and answers `backstory/cards`, reading brief shards on
 * demand; it forwards the declared keyboard commands to the active tab's
 * content script as `backstory/command`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cachedShards, cardsAnswerer } from '../messaging/answer-cards';
import { loadBriefShard, loadCardsPack } from '../messaging/pack-files';
import { COMMANDS, isBackgroundRequest, type CommandRequest } from '../messaging/protocol';

export default defineBackground(() => {
  const answer = loadCardsPack().then((pack) =>
    cardsAnswerer(pack, { loadShard: cachedShards(loadBriefShard) }),
  );

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    return answer.then((answerer) =>
      answerer(message.ids, message.asOf, message.timelines !== false, message.before),
    );
  });

  browser.commands.onCommand.addListener(async (command: string) => {
    const name = COMMANDS.find((c) => c === command);
    if (!name) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const request: CommandRequest = { type: 'backstory/command', command: name };
    // A tab without our content script (a browser page) has no receiver.
    await browser.tabs.sendMessage(tab.id, request).catch(() => undefined);
  });
});
