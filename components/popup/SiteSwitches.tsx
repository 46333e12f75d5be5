/** The two switches: highlighting on this site, and Backstory on or off everywhere. */
export interface SiteSwitchesProps {
  /** The site key; without it (a page we cannot run on) the site switch is disabled. */
  site?: string;
  siteEnabled: boolean;
  globalEnabled: boolean;
  onSiteEnabled: (enabled: boolean) => void;
  onGlobalEnabled: (enabled: boolean) => void;
}

export function SiteSwitches(props: SiteSwitchesProps) {
  return (
    <div class="bs-switches">
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          name="site"
          checked={props.site !== undefined && props.siteEnabled}
          disabled={props.site === undefined || !props.globalEnabled}
          onChange={(e) => props.onSiteEnabled((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          Highlight on this site
          {props.site && <span class="bs-switch-site"> {props.site}</span>}
        </span>
      </label>
      <label class="bs-switch">
        <input
          type="checkbox"
          role="switch"
          name="global"
          checked={props.globalEnabled}
          onChange={(e) => props.onGlobalEnabled((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Backstory on</span>
      </label>
    </div>
  );
}
