import { useMemo } from 'react';
import { NO_SETTINGS, resolveTabSettings, type SettingsProblem, type TabSettings } from '../../../content';
import { useDefaults, useLocationSearch } from '../../shared/hooks/useBrowserValue';

/**
 * The tab's municipality and aandachtsfunctionaris(sen): from its URL, else the deployment defaults.
 * The prerendered page knows neither, so they fill in after hydration.
 */
export function useTabSettings(): { settings: TabSettings; problems: SettingsProblem[] } {
  const search = useLocationSearch();
  const defaults = useDefaults();
  return useMemo(
    () =>
      search === null || defaults === null
        ? { settings: NO_SETTINGS, problems: [] }
        : resolveTabSettings(new URLSearchParams(search), defaults),
    [search, defaults],
  );
}
