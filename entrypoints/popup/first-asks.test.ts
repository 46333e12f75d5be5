import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../messaging/page-state';
import { DEFAULT_SETTINGS } from '../../storage/settings';
import { startFirstAsks, tabIdParam, type FirstAsksApi } from './first-asks';

const READY: PageState = { status: 'ready', url: 'https://a.example/', mentions: [] };

/** An api that records the order of its calls. */
function recordingApi(activeTab: number | undefined) {
  const calls: string[] = [];
  const api: FirstAsksApi = {
    activeTabId: vi.fn(async () => {
      calls.push('activeTabId');
      return activeTab;
    }),
    requestMentions: vi.fn(async (tabId: number) => {
      calls.push(`mentions ${tabId}`);
      return READY;
    }),
    loadSettings: vi.fn(async () => {
      calls.push('settings');
      return DEFAULT_SETTINGS;
    }),
    wakeBackground: vi.fn(() => {
      calls.push('wake');
    }),
  };
  return { api, calls };
}

describe('tabIdParam', () => {
  it.each([
    ['?tabId=7', 7],
    ['?tabId=123&x=1', 123],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=0', undefined],
    ['?tabId=-3', undefined],
    ['?tabId=1.5', undefined],
    ['?tabId=abc', undefined],
  ])('%j → %s', (search, id) => {
    expect(tabIdParam(search)).toBe(id);
  });
});

describe('startFirstAsks', () => {
  it('with ?tabId=N, asks tab N for its mentions before returning, then settings, then wakes the background', async () => {
    const { api, calls } = recordingApi(99);
    const asks = startFirstAsks('?tabId=7', api);
    expect(calls).toEqual(['mentions 7', 'settings', 'wake']);
    expect(await asks.tabId).toBe(7);
    expect(await asks.page).toEqual(READY);
    expect(await asks.settings).toEqual(DEFAULT_SETTINGS);
    expect(api.activeTabId).not.toHaveBeenCalled();
  });

  it('without a tab id, asks the active tab once it is known', async () => {
    const { api, calls } = recordingApi(42);
    const asks = startFirstAsks('', api);
    expect(await asks.page).toEqual(READY);
    expect(await asks.tabId).toBe(42);
    expect(calls).toEqual(['activeTabId', 'settings', 'wake', 'mentions 42']);
  });

  it('with no tab at all, the page is unavailable and nothing is asked of a tab', async () => {
    const { api } = recordingApi(undefined);
    const asks = startFirstAsks('?tabId=nope', api);
    expect(await asks.tabId).toBeUndefined();
    expect(await asks.page).toEqual({ status: 'unavailable' });
    expect(api.requestMentions).not.toHaveBeenCalled();
  });
});
