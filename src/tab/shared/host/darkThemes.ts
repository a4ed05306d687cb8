import { teamsDarkTheme, teamsHighContrastTheme, type Theme } from '@fluentui/react-components';
import type { HostTheme } from '../../../content';

/** The Fluent themes of Teams' dark and high-contrast modes, in a chunk of their own (see loadFluentTheme). */
export const DARK_THEMES: Readonly<Record<Exclude<HostTheme, 'light'>, Theme>> = {
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
