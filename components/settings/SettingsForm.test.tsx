import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, type SettingsValues } from './SettingsForm';

afterEach(cleanup);

const SETTINGS: SettingsValues = {
  enabled: true,
  hoverDelayMs: 300,
  density: 'first-per-section',
  kinds: { person: true, organization: true, country: true, group: true, place: true, event: true },
  highlightStyle: 'underline',
  disabledSites: ['a.example', 'b.example'],
};

function show(settings = SETTINGS) {
  const onChange = vi.fn();
  const onRemoveSite = vi.fn();
  render(<SettingsForm settings={settings} onChange={onChange} onRemoveSite={onRemoveSite} />);
  return { onChange, onRemoveSite };
}

describe('SettingsForm', () => {
  it('shows the current values', () => {
    show();
    expect(
      (screen.getByRole('spinbutton', { name: /Hover delay/ }) as HTMLInputElement).value,
    ).toBe('300');
    expect((screen.getByRole('radio', { name: /First mention/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('radio', { name: 'Underline' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked),
    ).toHaveLength(6);
  });

  it.each<[string, (ui: typeof screen) => HTMLElement, Partial<SettingsValues>]>([
    ['global switch', (ui) => ui.getByRole('switch'), { enabled: false }],
    ['density', (ui) => ui.getByRole('radio', { name: 'Every mention' }), { density: 'all' }],
    ['style', (ui) => ui.getByRole('radio', { name: 'Outline' }), { highlightStyle: 'outline' }],
    [
      'a kind',
      (ui) => ui.getByRole('checkbox', { name: 'Countries' }),
      { kinds: { ...SETTINGS.kinds, country: false } },
    ],
  ])('reports a change of the %s as a patch', (_name, find, patch) => {
    const { onChange } = show();
    fireEvent.click(find(screen));
    expect(onChange).toHaveBeenCalledWith(patch);
  });

  it('reports a new hover delay, and ignores an empty one', () => {
    const { onChange } = show();
    const input = screen.getByRole('spinbutton', { name: /Hover delay/ });
    fireEvent.change(input, { target: { value: '150' } });
    expect(onChange).toHaveBeenCalledWith({ hoverDelayMs: 150 });
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('lists the sites where highlighting is off, each with remove', () => {
    const { onRemoveSite } = show();
    fireEvent.click(
      screen.getByRole('button', { name: 'Turn highlighting back on for b.example' }),
    );
    expect(onRemoveSite).toHaveBeenCalledWith('b.example');
  });

  it('says when no site is off', () => {
    show({ ...SETTINGS, disabledSites: [] });
    expect(screen.getByText(/None\. Turn a site off from the popup/)).toBeTruthy();
  });
});
