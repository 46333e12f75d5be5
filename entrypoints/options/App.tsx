/** Settings page wiring: read, watch and update the stored settings. */
import { useEffect, useState } from 'preact/hooks';
import { SettingsForm } from '../../components/settings/SettingsForm';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  setSiteEnabled,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../storage/settings';

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const save = async (change: Promise<Settings>) => {
    setSettings(await change);
    setSaved('Saved.');
  };

  return (
    <main class="bs-settings-page">
      <h1>Backstory settings</h1>
      <SettingsForm
        settings={settings}
        onChange={(patch) => void save(updateSettings(patch))}
        onRemoveSite={(site) => void save(setSiteEnabled(site, true))}
      />
      <p class="bs-saved" role="status">
        {saved}
      </p>
    </main>
  );
}
