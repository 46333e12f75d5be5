import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, updateSettings, type Settings } from '../../storage/settings';
import { sameJson, usePopupSettings } from './use-popup-settings';

describe('sameJson', () => {
  it.each([
    ['the defaults and a copy', DEFAULT_SETTINGS, structuredClone(DEFAULT_SETTINGS), true],
    ['keys in another order', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    ['another value', { a: 1 }, { a: 2 }, false],
    ['a missing key', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['an extra key', { a: 1 }, { a: 1, b: 2 }, false],
    ['arrays of another length', [1, 2], [1, 2, 3], false],
    ['an array and an object', [1], { 0: 1 }, false],
    ['null and an object', null, {}, false],
    ['site lists', { s: ['a.example'] }, { s: ['b.example'] }, false],
  ])('%s → %s', (_name, a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});

let renders = 0;
function Probe({
  first,
  known,
  shown,
}: {
  first: Promise<Settings>;
  known: boolean;
  shown?: Promise<void>;
}) {
  renders++;
  const settings = usePopupSettings(first, known, { current: shown });
  return <p>{settings.enabled ? 'on' : 'off'}</p>;
}

describe('usePopupSettings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    renders = 0;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('does not render again for stored settings equal to the defaults', async () => {
    render(<Probe first={Promise.resolve(structuredClone(DEFAULT_SETTINGS))} known={false} />);
    await act(async () => {});
    expect(renders).toBe(1);
    expect(screen.getByText('on')).toBeTruthy();
  });

  it('shows stored settings that differ', async () => {
    render(
      <Probe first={Promise.resolve({ ...DEFAULT_SETTINGS, enabled: false })} known={false} />,
    );
    await act(async () => {});
    expect(screen.getByText('off')).toBeTruthy();
  });

  it('follows changes once the page is known and painted, not before', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const first = Promise.resolve(DEFAULT_SETTINGS);
    const view = render(<Probe first={first} known={false} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await act(async () => {
      await updateSettings({ enabled: false });
    });
    expect(screen.getByText('on')).toBeTruthy();

    view.rerender(<Probe first={first} known />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    // read again when the watch begins: the change made before it is shown
    expect(screen.getByText('off')).toBeTruthy();
    await act(async () => {
      await updateSettings({ enabled: true });
    });
    expect(screen.getByText('on')).toBeTruthy();
  });

  it('waits for the first cards to be shown before it follows changes', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    const first = Promise.resolve(DEFAULT_SETTINGS);
    let show!: () => void;
    const shown = new Promise<void>((resolve) => (show = resolve));
    render(<Probe first={first} known shown={shown} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    await act(async () => {
      await updateSettings({ enabled: false });
    });
    expect(screen.getByText('on')).toBeTruthy();
    show();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByText('off')).toBeTruthy();
  });
});
