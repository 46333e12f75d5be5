import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from './page-state';
import {
  requestCards,
  requestMentions,
  requestSearch,
  requestSpot,
  revealOnPage,
  watchPageMentions,
} from './page-client';
import type { MentionsResponse } from './protocol';

const mention = {
  entityId: 'sergey-lavrov',
  name: 'Sergey Lavrov',
  kind: 'person',
  text: 'Lavrov',
  rule: 'strong',
} as const;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Answers `backstory/mentions` with each response in turn (the last one repeats). */
function answer(responses: (MentionsResponse | Error)[]) {
  const calls: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    message: unknown,
  ) => {
    calls.push(message);
    const next = responses.length > 1 ? responses.shift() : responses[0];
    if (next instanceof Error) throw next;
    return next;
  }) as never);
  return calls;
}

describe('requestMentions', () => {
  it.each([
    ['an answer', { status: 'ready', url: 'https://a.example/', mentions: [mention] }, 'ready'],
    ['no content script', new Error('Could not establish connection'), 'unavailable'],
    ['a malformed answer', { nope: true }, 'unavailable'],
  ])('%s → %s', async (_name, response, status) => {
    answer([response as MentionsResponse]);
    expect((await requestMentions(7)).status).toBe(status);
  });
});

/** A state as `status:mentions` (or the bare status when it has no mentions). */
const summary = (s: PageState) =>
  s.status === 'ready' || s.status === 'scanning' ? `${s.status}:${s.mentions.length}` : s.status;

describe('watchPageMentions', () => {
  it('asks again while scanning and stops when ready', async () => {
    const calls = answer([
      { status: 'scanning', url: 'u', mentions: [] },
      { status: 'scanning', url: 'u', mentions: [mention] },
      { status: 'ready', url: 'u', mentions: [mention, mention] },
    ]);
    const states: PageState[] = [];
    watchPageMentions(3, (s) => states.push(s), { signal: new AbortController().signal });
    await vi.advanceTimersByTimeAsync(2000);
    expect(states.map(summary)).toEqual(['scanning:0', 'scanning:1', 'ready:2']);
    expect(calls).toHaveLength(3);
    expect(calls[0]).toEqual({ type: 'backstory/mentions' });
  });

  it('reports unavailable only after the retries', async () => {
    const calls = answer([new Error('no receiver')]);
    const states: PageState[] = [];
    watchPageMentions(3, (s) => states.push(s), {
      signal: new AbortController().signal,
      retries: 2,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(states).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(states).toEqual([{ status: 'unavailable' }]);
    expect(calls).toHaveLength(3);
  });

  it.each([
    [
      'scanning',
      { status: 'scanning', url: 'u', mentions: [] },
      ['scanning:0', 'ready:1'],
      1, // the next ask, 250 ms later
    ],
    ['ready', { status: 'ready', url: 'u', mentions: [mention] }, ['ready:1'], 0],
    // a miss counts as the first of three: two more asks, then unavailable
    ['unavailable', { status: 'unavailable' }, ['ready:1'], 1],
  ] as const)(
    'takes an answer already asked for (%s) as the first',
    async (_name, first, expected, asks) => {
      const calls = answer([{ status: 'ready', url: 'u', mentions: [mention] }]);
      const states: PageState[] = [];
      watchPageMentions(3, (s) => states.push(s), {
        signal: new AbortController().signal,
        first: Promise.resolve(first as PageState),
      });
      await vi.advanceTimersByTimeAsync(2000);
      expect(states.map(summary)).toEqual(expected);
      expect(calls).toHaveLength(asks);
    },
  );

  it('stops asking when aborted', async () => {
    const calls = answer([{ status: 'scanning', url: 'u', mentions: [] }]);
    const controller = new AbortController();
    watchPageMentions(3, () => {}, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
  });
});

describe('revealOnPage', () => {
  it('sends backstory/reveal and reads ok', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    expect(await revealOnPage(5, 'john-kerry')).toBe(true);
    expect(spy).toHaveBeenCalledWith(5, { type: 'backstory/reveal', entityId: 'john-kerry' });
    spy.mockRejectedValue(new Error('gone'));
    expect(await revealOnPage(5, 'john-kerry')).toBe(false);
  });
});

describe('requestCards', () => {
  it('asks the background for the ids and returns its answer, or undefined', async () => {
    const answer = { cards: [], names: {}, sources: {} };
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer as never);
    expect(await requestCards(['a', 'b'])).toEqual(answer);
    expect(spy).toHaveBeenCalledWith({ type: 'backstory/cards', ids: ['a', 'b'] });
    spy.mockResolvedValue(undefined as never);
    expect(await requestCards(['a'])).toBeUndefined();
    spy.mockRejectedValue(new Error('no background'));
    expect(await requestCards(['a'])).toBeUndefined();
  });
});

describe('requestSearch', () => {
  it('asks the background to search and returns its answer, or undefined', async () => {
    const answer = { hits: [] };
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer as never);
    expect(await requestSearch('lavrov', 12)).toEqual(answer);
    expect(spy).toHaveBeenCalledWith({ type: 'backstory/search', query: 'lavrov', limit: 12 });
    expect(await requestSearch('')).toEqual(answer);
    expect(spy).toHaveBeenLastCalledWith({ type: 'backstory/search', query: '' });
    spy.mockResolvedValue({ cards: [] } as never);
    expect(await requestSearch('lavrov')).toBeUndefined();
    spy.mockRejectedValue(new Error('no background'));
    expect(await requestSearch('lavrov')).toBeUndefined();
  });
});

describe('requestSpot', () => {
  it('asks the background to spot a text and returns its answer, or undefined', async () => {
    const answer = { mentions: [] };
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer as never);
    expect(await requestSpot('Lavrov spoke.', '2016-09-08')).toEqual(answer);
    expect(spy).toHaveBeenCalledWith({
      type: 'backstory/spot',
      text: 'Lavrov spoke.',
      pageDate: '2016-09-08',
    });
    expect(await requestSpot('Lavrov spoke.')).toEqual(answer);
    expect(spy).toHaveBeenLastCalledWith({ type: 'backstory/spot', text: 'Lavrov spoke.' });
    spy.mockResolvedValue({ hits: [] } as never);
    expect(await requestSpot('Lavrov')).toBeUndefined();
    spy.mockRejectedValue(new Error('no background'));
    expect(await requestSpot('Lavrov')).toBeUndefined();
  });
});
