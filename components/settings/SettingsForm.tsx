/**
 * The settings page form. Every change is reported as a patch; the host
 * stores it (storage/settings.ts repairs anything out of range).
 */
import { HIGHLIGHT_KINDS, type HighlightKind } from '../../core/pack';
import { groupLabel } from '../popup/page-entries';

type Density = 'first-per-section' | 'all';
type HighlightStyle = 'underline' | 'background' | 'outline';

/** The settings the form edits (storage/settings.ts's Settings; components do not import storage). */
export interface SettingsValues {
  enabled: boolean;
  hoverDelayMs: number;
  density: Density;
  kinds: Record<HighlightKind, boolean>;
  highlightStyle: HighlightStyle;
  disabledSites: string[];
}

export interface SettingsFormProps {
  settings: SettingsValues;
  onChange: (patch: Partial<SettingsValues>) => void;
  onRemoveSite: (site: string) => void;
}

const DENSITY_LABELS: Record<Density, string> = {
  'first-per-section': 'First mention of each name per section',
  all: 'Every mention',
};
const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Background color',
  outline: 'Outline',
};

export function SettingsForm({ settings, onChange, onRemoveSite }: SettingsFormProps) {
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  return (
    <form class="bs-settings" onSubmit={(e) => e.preventDefault()}>
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: checked(e) })}
        />
        Highlight mentions on pages (Backstory on)
      </label>

      <label class="bs-field">
        <span>Hover delay before a card opens (ms)</span>
        <input
          type="number"
          name="hoverDelayMs"
          min={0}
          max={5000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).valueAsNumber;
            if (Number.isFinite(value)) onChange({ hoverDelayMs: value });
          }}
        />
      </label>

      <fieldset>
        <legend>Which mentions to highlight</legend>
        {(Object.keys(DENSITY_LABELS) as Density[]).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name="density"
              checked={settings.density === d}
              onChange={() => onChange({ density: d })}
            />
            {DENSITY_LABELS[d]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Kinds to highlight</legend>
        {HIGHLIGHT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              name={`kind-${k}`}
              checked={settings.kinds[k]}
              onChange={(e) => onChange({ kinds: { ...settings.kinds, [k]: checked(e) } })}
            />
            {groupLabel(k)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Highlight style</legend>
        {(Object.keys(STYLE_LABELS) as HighlightStyle[]).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="highlightStyle"
              checked={settings.highlightStyle === s}
              onChange={() => onChange({ highlightStyle: s })}
            />
            {STYLE_LABELS[s]}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Sites where highlighting is off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="bs-muted">None. Turn a site off from the popup while you are on it.</p>
        ) : (
          <ul class="bs-sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Turn highlighting back on for ${site}`}
                  onClick={() => onRemoveSite(site)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}
