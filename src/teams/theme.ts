/** The three looks a Teams tab must support. */
export type HostTheme = 'light' | 'dark' | 'contrast';

/** Maps a Teams theme name (`default`, `light`, `dark`, `contrast`, or anything newer) to ours. */
export function hostThemeFromTeams(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}
