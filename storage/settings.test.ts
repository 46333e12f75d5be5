import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  normalizeSettings,
  readStoredSettings,
  setSiteEnabled,
  settingsItem,
  updateSettings,
  watchSettings,
} from './settings';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Writes a raw stored value as an older version of the extension would have. */
async function storeRaw(value: unknown, version?: number) {
  await fakeBrowser.storage.local.set({
    settings: value,
    ...(version === undefined ? {} : { settings$: { v: version } }),
  });
}

describe('normalizeSettings: corrupt values fall back field by field', () => {
  it.each([
    ['nothing', undefined, DEFAULT_SETTINGS],
    ['a string', 'corrupt', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['a bad delay', { hoverDelayMs: -5 }, DEFAULT_SETTINGS],
    ['a NaN delay', { hoverDelayMs: Number.NaN }, DEFAULT_SETTINGS],
    ['a huge delay', { hoverDelayMs: 1e9 }, DEFAULT_SETTINGS],
    ['an unknown density', { density: 'some' }, DEFAULT_SETTINGS],
    ['an unknown style', { highlightStyle: 'blink' }, DEFAULT_SETTINGS],
    ['kinds as a string', { kinds: 'person' }, DEFAULT_SETTINGS],
    ['sites as a string', { disabledSites: 'example.com' }, DEFAULT_SETTINGS],
  ])('%s → defaults', (_name, stored, expected) => {
    expect(normalizeSettings(stored)).toEqual(expected);
  });

  it('keeps every valid field and drops only the bad ones', () => {
    const repaired = normalizeSettings({
      enabled: false,
      hoverDelayMs: 120.4,
      density: 'all',
      kinds: { person: false, country: 'no', planet: true },
      highlightStyle: 'outline',
      disabledSites: ['WWW.Example.com.', 42, '', 'example.com', 'news.site'],
    });
    expect(repaired).toEqual({
      enabled: false,
      hoverDelayMs: 120,
      density: 'all',
      kinds: { ...DEFAULT_SETTINGS.kinds, person: false },
      highlightStyle: 'outline',
      disabledSites: ['example.com', 'news.site'],
    });
  });
});

describe('stored settings', () => {
  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a corrupt stored value instead of failing', async () => {
    await storeRaw({ enabled: 'yes', hoverDelayMs: 'slow', kinds: null }, 2);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 value: hostnames normalized, bad fields repaired, version bumped', async () => {
    await storeRaw(
      {
        enabled: true,
        hoverDelayMs: 500,
        disabledSites: ['WWW.Example.com', 'example.com.'],
        density: 7,
      },
      1,
    );
    await settingsItem().migrate();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 500, disabledSites: ['example.com'] },
      settings$: { v: 2 },
    });
    expect(isSiteEnabled(await loadSettings(), 'www.example.com')).toBe(false);
  });

  it('migrates a v1 value that is not even an object to the defaults', async () => {
    await storeRaw('garbage', 1);
    await settingsItem().migrate();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('updates a field and keeps the others', async () => {
    await updateSettings({ density: 'all' });
    await updateSettings({ hoverDelayMs: 50 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, density: 'all', hoverDelayMs: 50 });
  });

  it('tells watchers about changes, repaired, until unwatched', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings({ enabled: false });
    await storeRaw({ enabled: 'broken' }, 2);
    unwatch();
    await updateSettings({ enabled: false });
    expect(seen).toEqual([false, true]);
  });
});

describe('stored settings as a content script reads them (no migration)', () => {
  it('reads the same repaired settings as the migrating item, and leaves the stored value as it is', async () => {
    const v1 = { enabled: true, disabledSites: ['WWW.Example.com'], density: 7 };
    await storeRaw(v1, 1);
    const read = await readStoredSettings();
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: v1,
      settings$: { v: 1 },
    });
    await settingsItem().migrate();
    expect(read).toEqual(await loadSettings());
    expect(isSiteEnabled(read, 'example.com')).toBe(false);
  });

  it('falls back to defaults for nothing stored and for garbage', async () => {
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    await storeRaw('garbage', 1);
    expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('per-site switch', () => {
  it('turns one site off and on again, by normalized hostname', async () => {
    await setSiteEnabled('www.News.example', false);
    let s = await loadSettings();
    expect(s.disabledSites).toEqual(['news.example']);
    expect(isSiteEnabled(s, 'news.example')).toBe(false);
    expect(isSiteEnabled(s, 'other.example')).toBe(true);
    await setSiteEnabled('news.example', true);
    s = await loadSettings();
    expect(s.disabledSites).toEqual([]);
    expect(isSiteEnabled(s, 'news.example')).toBe(true);
  });

  it('is off everywhere when the global switch is off', async () => {
    const s = await updateSettings({ enabled: false });
    expect(isSiteEnabled(s, 'anything.example')).toBe(false);
  });

  it('does not list a site twice', async () => {
    await setSiteEnabled('a.example', false);
    await setSiteEnabled('A.example', false);
    expect((await loadSettings()).disabledSites).toEqual(['a.example']);
  });
});
