import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from '../../../teams/theme';

type LoadedTheme = { name: HostTheme; fluent: Theme };
const LIGHT: LoadedTheme = { name: 'light', fluent: teamsLightTheme };

/** The dark and high-contrast themes live in their own chunk: most pages never need them. */
async function loadTheme(theme: Exclude<HostTheme, 'light'>): Promise<Theme> {
  const themes = await import(/* webpackChunkName: "themes", webpackPrefetch: true */ '../host/darkThemes');
  return theme === 'dark' ? themes.teamsDarkTheme : themes.teamsHighContrastTheme;
}

/**
 * The Fluent theme for each host theme: the only place that chooses one. The light theme (the prerendered
 * one) is there at once; dark and high contrast follow as soon as their chunk is in, and until then the
 * page keeps the theme it had.
 */
export function useFluentTheme(theme: HostTheme): Theme {
  const [loaded, setLoaded] = useState<LoadedTheme>(LIGHT);
  useEffect(() => {
    if (theme === 'light') return;
    let cancelled = false;
    void loadTheme(theme).then((fluent) => {
      if (!cancelled) setLoaded({ name: theme, fluent });
    });
    return () => {
      cancelled = true;
    };
  }, [theme]);
  return theme === 'light' ? teamsLightTheme : loaded.fluent;
}
