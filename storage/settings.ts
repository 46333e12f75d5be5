/**
 * Every user setting, defined once with a fallback. A corrupt or old stored
 * value never breaks a UI: `normalizeSettings` repairs it field by field, and
 * versioned migrations bring old shapes forward (see settings.test.ts).
 * (Owned by the popup/settings work; the content script reads it.)
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../core/pack';
import { normalizeHostname } from './sites';

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
  /** Hostnames where highlighting is off (normalized: see storage/sites.ts). */
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

/** The hover delays the settings page offers; any value in 0..5000 is valid. */
export const HOVER_DELAY_RANGE = { min: 0, max: 5000 } as const;
export const DENSITIES: readonly Density[] = ['first-per-section', 'all'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'outline'];

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

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
  const sites = Array.isArray(v.disabledSites)
    ? v.disabledSites.filter((s): s is string => typeof s === 'string').map(normalizeHostname)
    : d.disabledSites;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : d.enabled,
    hoverDelayMs:
      typeof delay === 'number' &&
      Number.isFinite(delay) &&
      delay >= HOVER_DELAY_RANGE.min &&
      delay <= HOVER_DELAY_RANGE.max
        ? Math.round(delay)
        : d.hoverDelayMs,
    density: oneOf(v.density, DENSITIES, d.density),
    kinds,
    highlightStyle: oneOf(v.highlightStyle, HIGHLIGHT_STYLES, d.highlightStyle),
    disabledSites: [...new Set(sites.filter((s) => s !== ''))].sort(),
  };
}

/**
 * Migrations by target version. v2: site keys are normalized hostnames
 * (`www.Example.com.` → `example.com`), so the switch is remembered per site
 * whatever form the hostname was stored in; any unusable field is repaired.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => Settings> = {
  2: (old) => normalizeSettings(old),
};

/** The key the settings item stores its value under (WXT keeps its version beside it, `settings$`). */
const SETTINGS_KEY = 'local:settings';

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;
/**
 * The stored settings item, defined on first use: defining it starts its
 * migration, which reaches `browser.storage`, and the first touch of an
 * extension API builds its bindings (1–4 ms in a content script). Defined at
 * import, that cost fell in the task that injects the content script.
 */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  return (item ??= storage.defineItem<Settings>(SETTINGS_KEY, {
    fallback: DEFAULT_SETTINGS,
    version: 2,
    migrations: SETTINGS_MIGRATIONS,
  }));
}

/** Reads settings, repaired: never throws on a corrupt stored value. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem().getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Reads settings as a content script needs them: the stored value, repaired, without defining the
 * versioned item. Defining it runs its migration, one more storage round trip in every tab (about
 * 1.5 ms of each page's main thread); `normalizeSettings` repairs an older shape the way the
 * migration does, and the extension's own pages migrate the stored value when they open.
 */
export async function readStoredSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await storage.getItem<unknown>(SETTINGS_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Calls `onChange` with repaired settings on every change; returns the unwatch. It watches the
 * stored value and defines no item, so a content script watches without the migration (see
 * `readStoredSettings`).
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(SETTINGS_KEY, (value) => onChange(normalizeSettings(value)));
}

/** Merges `patch` into the stored settings (repaired) and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem().setValue(next);
  return next;
}

/** Whether highlighting is on for `hostname`. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(normalizeHostname(hostname));
}

/** Turns highlighting on or off for one site (the global switch is untouched). */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<Settings> {
  const site = normalizeHostname(hostname);
  const current = await loadSettings();
  const others = current.disabledSites.filter((s) => s !== site);
  return updateSettings({ disabledSites: enabled ? others : [...others, site] });
}
