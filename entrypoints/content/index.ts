/**
 * The content script: reads the page, highlights linked mentions, shows cards
 * on hover, keyboard and selection, and answers the popup. Wiring only; the
 * work is in page/ (DOM), core/ (spotting), card-controller/ (the card's
 * state, host and wiring) and components/card (UI). Every listener, observer
 * and timer ends with `ctx`.
 */
import './highlights.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { shadowCardHost } from '../../card-controller/card-host';
import { createCardUi } from '../../card-controller/card-ui';
import { wireCards } from '../../card-controller/card-wiring';
import { createCardsClient } from '../../messaging/cards-client';
import type { CardsResponse, SpotResponse } from '../../messaging/protocol';
import { remoteSpotter } from '../../messaging/spot-client';
import { UI_HOST_NAME } from '../../page/element-kind';
import { afterFrame } from '../../page/after-frame';
import { browserHighlightApi, HighlightPainter } from '../../page/highlight-painter';
import { HighlightStyleSheet } from '../../page/highlight-style';
import { trackedLifetime } from '../../page/lifetime';
import { MentionView } from '../../page/mention-view';
import { PageScanner } from '../../page/page-scanner';
import { pageDateSteps } from '../../page/page-date';
import { createSliceRunner, hostYield, type SliceStats } from '../../page/slice-runner';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  readStoredSettings,
  watchSettings,
  type Settings,
} from '../../storage/settings';
import { takePageKit } from './page-kit-slot';
import { answerPageMessages } from './page-messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT's older way to stop a previous copy of this script posts a message to
  // the page's window, where every page script sees it (and some choke on it);
  // its custom event on the document is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const lifetime = trackedLifetime(ctx);
    const sleep = (ms: number) => new Promise<void>((done) => lifetime.setTimeout(done, ms));
    // The injection task compiles and evaluates this script, the one task no
    // step size bounds: everything else starts in a task of its own (the popup
    // asks again when no one answers yet).
    await sleep(0);
    if (ctx.isInvalid) return;
    const isOwn = (node: Node) => node.nodeName.toLowerCase() === UI_HOST_NAME;
    // The card UI came in a script of their own.
    const kit = takePageKit();
    // The background spots the page's text: no tab holds the alias table.
    const spotter = remoteSpotter(
      (request) => browser.runtime.sendMessage(request) as Promise<SpotResponse | undefined>,
      sleep,
    );
    const api = browserHighlightApi();
    const painter = api && new HighlightPainter(api);
    ctx.onInvalidated(() => painter?.clear());

    const runner = createSliceRunner({
      yieldToHost: hostYield(() => sleep(0)),
      waitForFrame: () => afterFrame(lifetime),
      sleep,
      signal: ctx.signal,
      // Only the benches' builds write to the page's performance timeline.
      measureName: import.meta.env.WXT_BENCH_MEASURES === '1' ? 'backstory-task' : null,
    });
    // How long our slices run; e2e tests read it from this isolated world (pages cannot see it).
    (globalThis as { backstoryStats?: SliceStats }).backstoryStats = runner.stats;
    const scanner: PageScanner = new PageScanner({
      doc: document,
      spotter,
      runner,
      settle: () => sleep(60),
      beforeRun: () => afterFrame(lifetime),
      isOwn,
      pageDate: () => pageDateSteps(document),
      onUpdate: () => view.refresh(),
      present: () => view.refreshSteps(),
    });
    const view = new MentionView(scanner.model, painter);

    const cards = createCardsClient(
      (request) => browser.runtime.sendMessage(request) as Promise<CardsResponse>,
      () => scanner.pageDate,
    );
    /** Defaults until the stored settings load; nothing is drawn before that. */
    let settings: Settings = DEFAULT_SETTINGS;
    /** Hover, keyboard and selection: wired once the settings are known. */
    let cardWiring: ReturnType<typeof wireCards> | undefined = undefined;
    const highlightStyle = new HighlightStyleSheet(document);
    ctx.onInvalidated(() => highlightStyle.remove());

    /** Toggled from the keyboard on this page; cleared when settings change. */
    let override: boolean | null = null;
    const apply = () => {
      const visible = override ?? isSiteEnabled(settings, location.hostname);
      view.configure({ density: settings.density, kinds: settings.kinds, visible });
      highlightStyle.apply(settings.highlightStyle);
      if (!visible) cardWiring?.ui.close();
    };

    // The popup may ask at once; before the scan starts the answer is "scanning".
    answerPageMessages(ctx, {
      scanner,
      reveal: (entityId) => cardWiring?.reveal(entityId) ?? false,
      command: (command) => {
        if (command === 'toggle-highlights') {
          override = !view.visible;
          apply();
        } else {
          cardWiring?.step(command === 'next-mention' ? 1 : -1);
        }
      },
    });
    ctx.onInvalidated(() => scanner.stop());

    // Everything below runs after the storage round trip, in a task of its own
    // (the first listeners added in an isolated world, and the first touch of
    // each extension API, cost whole milliseconds).
    const stored = await readStoredSettings();
    if (ctx.isInvalid) return; // the extension was updated or unloaded meanwhile
    settings = stored;
    apply();
    scanner.start();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lifetime.setTimeout(() => scanner.rescanAll(), 250);
    });
    const unwatch = watchSettings((next) => {
      settings = next;
      override = null;
      apply();
    });
    ctx.onInvalidated(unwatch);

    // In a task of its own again: its listeners and the card host cost whole
    // milliseconds (the scan itself starts after the next frame).
    await sleep(0);
    if (ctx.isInvalid) return;
    cardWiring = wireCards({
      doc: document,
      lifetime,
      scanner,
      view,
      painter,
      spotter,
      cards,
      settings: () => settings,
      ui: (hooks) =>
        createCardUi({
          doc: document,
          lifetime,
          host: shadowCardHost(ctx, kit.card),
          kit: kit.card,
          cards,
          pageDate: () => scanner.pageDate,
          ...hooks,
        }),
    });
  },
});
