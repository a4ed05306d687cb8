import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../../../content';

/** A host theme with the Fluent theme that paints it. */
export type LoadedTheme = { name: HostTheme; fluent: Theme };

export const LIGHT_THEME: LoadedTheme = { name: 'light', fluent: teamsLightTheme };

/** The Fluent theme for a host theme; dark and high contrast live in their own chunk, which most pages never need. */
export async function loadFluentTheme(name: HostTheme): Promise<LoadedTheme> {
  if (name === 'light') return LIGHT_THEME;
  const themes = await import(/* webpackChunkName: "themes", webpackPrefetch: true */ './darkThemes');
  return { name, fluent: name === 'dark' ? themes.teamsDarkTheme : themes.teamsHighContrastTheme };
}
