import type { HostTheme } from '../../../content';

const FORCED = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

/** Outside Teams the system decides: forced colours (Windows contrast themes) first, then dark mode. */
export function standaloneTheme(win: Window = window): HostTheme {
  if (!win.matchMedia) return 'light';
  if (win.matchMedia(FORCED).matches) return 'contrast';
  return win.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** Calls back when the system theme changes; returns a function that stops listening. */
export function followStandaloneTheme(onTheme: (theme: HostTheme) => void, win: Window = window): () => void {
  if (!win.matchMedia) return () => undefined;
  const queries = [win.matchMedia(FORCED), win.matchMedia(DARK)];
  const listener = () => onTheme(standaloneTheme(win));
  for (const query of queries) query.addEventListener('change', listener);
  return () => {
    for (const query of queries) query.removeEventListener('change', listener);
  };
}
