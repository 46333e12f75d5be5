/**
 * Every user setting, defined once with a fallback. A corrupt or old stored
 * value never breaks a UI: `normalizeSettings` repairs it field by field.
 * (Owned by the popup/settings work; the content script reads it.)
 */
import { storage } from 'wxt/utils/storage';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/pack';

export type Density = 'first-per-section' | 'all';
export type HighlightStyle = 'underline' | 'background' | 'outline';

export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  /** Hover-intent delay before a card shows, in ms. */
  hoverDelayMs: number;
  density: Density;
  /** Which highlight kinds are drawn. */
  kinds: Record<HighlightKind, boolean>;
  highlightStyle: HighlightStyle;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  hoverDelayMs: 300,
  density: 'first-per-section',
  kinds: Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, true])) as Record<
    HighlightKind,
    boolean
  >,
  highlightStyle: 'underline',
  disabledSites: [],
};

/** Repairs any stored value into valid Settings, keeping every valid field. */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const kinds = { ...d.kinds };
  if (typeof v.kinds === 'object' && v.kinds !== null) {
    for (const k of HIGHLIGHT_KINDS) {
      const flag = (v.kinds as Record<string, unknown>)[k];
      if (typeof flag === 'boolean') kinds[k] = flag;
    }
  }
  const delay = v.hoverDelayMs;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : d.enabled,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 && delay <= 5000
        ? Math.round(delay)
        : d.hoverDelayMs,
    density: v.density === 'all' || v.density === 'first-per-section' ? v.density : d.density,
    kinds,
    highlightStyle:
      v.highlightStyle === 'underline' ||
      v.highlightStyle === 'background' ||
      v.highlightStyle === 'outline'
        ? v.highlightStyle
        : d.highlightStyle,
    disabledSites: Array.isArray(v.disabledSites)
      ? [...new Set(v.disabledSites.filter((s): s is string => typeof s === 'string' && s !== ''))]
      : d.disabledSites,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, repaired: never throws on a corrupt stored value. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` with repaired settings on every change; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

/** Whether highlighting is on for `hostname`. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
