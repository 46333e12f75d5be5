/**
 * The background worker answers `backstory/cards`, reading from the
 * extension's own files only what the cards asked for need: the cards pack's
 * head, the parts that hold those cards, and the brief shards of their
 * timelines (the last ones read are kept while the worker lives); it forwards the declared keyboard commands to the active tab's
 * content script as `backstory/command`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cachedCards, cachedReads, cardsAnswerer } from '../messaging/answer-cards';
import { cardsFiles, loadBriefShard } from '../messaging/pack-files';
import { COMMANDS, isBackgroundRequest, type CommandRequest } from '../messaging/protocol';

export default defineBackground(() => {
  const answer = cardsAnswerer(cachedCards(cardsFiles), {
    loadShard: cachedReads(loadBriefShard, 64),
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    return answer(message.ids, message.asOf, message.timelines !== false, message.before);
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
