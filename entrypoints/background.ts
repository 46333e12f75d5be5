/**
 * The background worker holds the cards pack and answers `backstory/cards`;
 * it forwards the declared keyboard commands to the active tab's content
 * script as `backstory/command`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import cardsJson from '../generated/pack/cards.json';
import type { CardsPack } from '../core/pack';
import { cardsAnswerer } from '../messaging/answer-cards';
import { COMMANDS, isBackgroundRequest, type CommandRequest } from '../messaging/protocol';

export default defineBackground(() => {
  const answer = cardsAnswerer(cardsJson as CardsPack);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    return Promise.resolve(answer(message.ids));
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
