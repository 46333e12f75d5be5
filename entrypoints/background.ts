/**
 * The background worker answers `backstory/cards` with only what the cards
 * asked for need: from its IndexedDB copy of the pack once that is filled
 * (storage/pack-store.ts: once per pack, from the extension's files, going on
 * where it stopped each time the worker starts), and from the files until
 * then (the parts that hold those cards, their names, the brief shards of
 * their timelines; the last ones read are kept while the worker lives); it answers
 * `backstory/spot` with the mentions in a chunk of a tab's text, by the spotter over the alias
 * table it reads and decodes once while it lives (messaging/answer-spot.ts); `backstory/search` with
 * the card search's hits and their cards, over the search index read once while it lives
 * (messaging/answer-search.ts), read ahead once an extension page's cards are answered; it forwards the declared
 * keyboard commands to the active tab's content script as `backstory/command`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import packInfo from '../generated/pack/pack.json';
import { cardsAnswerer } from '../messaging/answer-cards';
import { searchAnswerer, searchWarmer } from '../messaging/answer-search';
import { spotAnswerer } from '../messaging/answer-spot';
import { cachedCards, cachedReads, filesReader } from '../messaging/pack-reader';
import {
  cardsFiles,
  loadBriefShard,
  loadMatcherPack,
  loadSearchIndex,
} from '../messaging/pack-files';
import { COMMANDS, isBackgroundRequest, type CommandRequest } from '../messaging/protocol';
import { openPackStore, storeOrFiles } from '../storage/pack-store';

/** An extension call every so often while the copy fills keeps Chromium from stopping the worker. */
const KEEP_ALIVE_MS = 10_000;

export default defineBackground(() => {
  const store = openPackStore(indexedDB, packInfo.hash).catch(() => null);
  let lastCall = Date.now();
  void store
    .then((s) =>
      s?.fill(cardsFiles, loadBriefShard, () => {
        if (Date.now() - lastCall < KEEP_ALIVE_MS) return;
        lastCall = Date.now();
        void browser.runtime.getPlatformInfo();
      }),
    )
    // A copy that cannot be filled now is filled the next time the worker starts; the files answer.
    .catch(() => undefined);
  const files = filesReader(cachedCards(cardsFiles), cachedReads(loadBriefShard, 64));
  const reader = storeOrFiles(store, files);
  const answer = cardsAnswerer(reader);
  const search = searchAnswerer(reader, loadSearchIndex);
  const spot = spotAnswerer(loadMatcherPack);
  const warmSearch = searchWarmer(search, {
    ownThread: 'ServiceWorkerGlobalScope' in globalThis,
    extensionBase: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'backstory/spot') return spot(message.text, message.pageDate);
    if (message.type === 'backstory/search') return search(message.query, message.limit);
    const answered = answer(
      message.ids,
      message.asOf,
      message.timelines !== false,
      message.before,
      message.named,
    );
    warmSearch(sender.url, answered);
    return answered;
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
