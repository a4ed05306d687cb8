import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../../../content';

/** A host theme with the Fluent theme that paints it. */
export type LoadedTheme = { name: HostTheme; fluent: Theme };

export const LIGHT_THEME: LoadedTheme = { name: 'light', fluent: teamsLightTheme };

/**
 * The Fluent theme for a host theme; dark and high contrast live in their own chunk, which most pages never need, so
 * it is fetched only when one is (a dark page fetches it beside React's DOM renderer, before it hydrates).
 */
export async function loadFluentTheme(name: HostTheme): Promise<LoadedTheme> {
  if (name === 'light') return LIGHT_THEME;
  const { DARK_THEMES } = await import(/* webpackChunkName: "themes" */ './darkThemes');
  return { name, fluent: DARK_THEMES[name] };
}

/** The browser's colour scheme for a host theme (scrollbars, form controls, the frame's canvas). */
export function colorSchemeOf(theme: HostTheme): 'light' | 'dark' {
  return theme === 'light' ? 'light' : 'dark';
}
