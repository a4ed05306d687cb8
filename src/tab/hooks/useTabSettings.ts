import { useEffect, useState } from 'react';
import {
  NO_SETTINGS,
  parseAandachtsfunctionarissen,
  parseGemeente,
  resolveTabSettings,
  type SettingsProblem,
  type TabSettings,
} from '../../content';

/** The `<meta>` through which the server hands over DEFAULT_GEMEENTE / DEFAULT_AF. */
export const DEFAULTS_META = 'signaalkaart-defaults';

/** Reads the deployment defaults the server put in the page; they were checked at start-up, but check again. */
export function readDefaults(doc: Document = document): TabSettings {
  const content = doc.querySelector(`meta[name="${DEFAULTS_META}"]`)?.getAttribute('content');
  if (!content) return NO_SETTINGS;
  const query = new URLSearchParams(content);
  return {
    gemeente: parseGemeente(query.get('gemeente')).gemeente,
    aandachtsfunctionarissen: parseAandachtsfunctionarissen(query.get('af')).addresses,
  };
}

/**
 * The tab's municipality and aandachtsfunctionaris(sen): from its URL, else the deployment defaults.
 * The prerendered page knows neither, so they fill in after hydration.
 */
export function useTabSettings(): { settings: TabSettings; problems: SettingsProblem[] } {
  const [resolved, setResolved] = useState<{ settings: TabSettings; problems: SettingsProblem[] }>({
    settings: NO_SETTINGS,
    problems: [],
  });
  useEffect(() => {
    setResolved(resolveTabSettings(new URLSearchParams(window.location.search), readDefaults()));
  }, []);
  return resolved;
}
