import type { Locale } from './types';

/**
 * The pages the app serves, prerendered at build time: the only list of them. The server routes them, webpack
 * builds `src/tab/entries/<name>.ts` for each, the prerenderer renders each. Routes are public contract: channel
 * tabs store them in Teams for years.
 */
export const PAGES = {
  tab: { route: '/tab' },
  config: { route: '/config' },
  'dialog-signalen': { route: '/dialog/signalen' },
} as const;

export type PageName = keyof typeof PAGES;

export const PAGE_NAMES = Object.keys(PAGES) as PageName[];

/** The `<meta name>` through which the server hands DEFAULT_GEMEENTE / DEFAULT_AF to the pages. */
export const DEFAULTS_META_NAME = 'signaalkaart-defaults';

/** The help page: the manifest's `developer.websiteUrl`, linked from the configuration page. */
export const HELP_ROUTE = '/help';

/**
 * A link from one page to another page of the app in a language: relative, so it works under any TAB_ENDPOINT path,
 * with `lang=en` for English (Dutch is the default, so it is left out). `pageLink('/help', 'en')` -> `help?lang=en`.
 */
export function pageLink(route: string, locale: Locale): string {
  return `${route.replace(/^\//, '')}${locale === 'en' ? '?lang=en' : ''}`;
}

/** The app icon (192×192) as the server serves it: the favicon, and the icon on search result cards. */
export const APP_ICON_PATH = '/static/color.png';
