import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from '../../../content';
import { LIGHT_THEME, loadFluentTheme, type LoadedTheme } from '../host/fluentTheme';

/**
 * The Fluent theme that follows the host's theme (host/fluentTheme.ts maps one to the other). It starts with the
 * theme the page was prerendered in (`initial`, which hydration must match); another dark or high-contrast theme
 * follows as soon as its chunk is in, and until then the page keeps the theme it had.
 */
export function useFluentTheme(theme: HostTheme, initial: LoadedTheme = LIGHT_THEME): Theme {
  const [loaded, setLoaded] = useState<LoadedTheme>(initial);
  useEffect(() => {
    if (theme === 'light' || theme === loaded.name) return;
    let cancelled = false;
    void loadFluentTheme(theme).then((next) => {
      if (!cancelled) setLoaded(next);
    });
    return () => {
      cancelled = true;
    };
  }, [theme, loaded.name]);
  return theme === 'light' ? teamsLightTheme : loaded.fluent;
}
