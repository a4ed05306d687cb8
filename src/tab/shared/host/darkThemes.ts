// Loaded lazily by useFluentTheme: only pages in a dark or high-contrast host need these.
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
