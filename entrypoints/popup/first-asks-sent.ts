/**
 * The popup's first asks, sent while this module is evaluated: main.tsx
 * imports it before anything else and an ES module graph runs in import
 * order, so the tab is asked for its mentions while the rest of the popup's
 * code is still being evaluated.
 */
import { browser } from 'wxt/browser';
import { requestCards, requestMentions } from '../../messaging/page-client';
import { loadSettings } from '../../storage/settings';
import { startFirstAsks } from './first-asks';

/** Sent once, when the popup opens. */
export const firstAsks = startFirstAsks(location.search, {
  activeTabId: async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  requestMentions,
  loadSettings,
  wakeBackground: () => void requestCards([]),
});
