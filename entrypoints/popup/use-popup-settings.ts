/**
 * The popup's settings: the defaults, then the stored ones read as the popup
 * opened (`first`), then every change made while it is open, watched once
 * the page is known and its cards are on screen. A value equal to the one
 * shown changes nothing: the stored settings usually arrive just after the
 * page's mentions, and a render of the whole popup for equal settings
 * delayed the frame with the first cards.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  watchSettings,
  type Settings,
} from '../../storage/settings';
import { afterPaintWhenIdle } from './after-paint';

/** True when two JSON values (objects, arrays, strings, numbers, booleans, null) are equal. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameJson(recordA[key], recordB[key]));
}

/**
 * The settings to show; `pageKnown` turns true once the page's state is known,
 * and `firstShown` then holds (when there are cards) the wait for the first
 * cards on screen.
 */
export function usePopupSettings(
  first: Promise<Settings>,
  pageKnown: boolean,
  firstShown?: { readonly current?: Promise<void> },
): Settings {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const show = (next: Settings) => setSettings((shown) => (sameJson(shown, next) ? shown : next));

  useLayoutEffect(() => {
    let live = true;
    void first.then((stored) => live && show(stored));
    return () => {
      live = false;
    };
  }, [first]);

  // Watched after the first cards are shown (subscribing reaches the
  // storage API's event bindings), then read again for a change made before
  // the watch began.
  useEffect(() => {
    if (!pageKnown) return;
    const controller = new AbortController();
    let unwatch: (() => void) | undefined;
    afterPaintWhenIdle(
      () => {
        unwatch = watchSettings(show);
        void loadSettings().then((stored) => controller.signal.aborted || show(stored));
      },
      controller.signal,
      { shown: firstShown?.current },
    );
    return () => {
      controller.abort();
      unwatch?.();
    };
  }, [pageKnown]);

  return settings;
}
