import { localeOf } from './locale';
import { parseLang } from './settings';
import type { Locale } from './types';

/** The three looks a Teams tab must support. */
export type HostTheme = 'light' | 'dark' | 'contrast';

export const HOST_THEMES: readonly HostTheme[] = ['light', 'dark', 'contrast'];

/** Maps a Teams theme name (`default`, `light`, `dark`, `contrast`, or anything newer) to ours. */
export function hostThemeOf(name: string | null | undefined): HostTheme {
  return knownTheme(name) ?? 'light';
}

function knownTheme(name: string | null | undefined): HostTheme | null {
  switch ((name ?? '').trim().toLowerCase()) {
    case 'default':
    case 'light':
      return 'light';
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return null;
  }
}

/**
 * The query that makes Teams put the clerk's theme and language in a tab URL it stores (public contract: pinned tabs
 * keep it for years). Teams fills in its URL placeholders; hosts differ in the spelling they know, `{app.theme}` and
 * `{app.locale}` or the older `{theme}` and `{locale}`, so the query carries both and the first value that is known
 * wins. A placeholder a host leaves as it is reads as "not given". Braces stay unencoded: Teams looks for them.
 */
export const TEAMS_CONTEXT_QUERY = 'theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}';

/** A URL with Teams' theme and locale placeholders added to its query. */
export function withTeamsContext(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${TEAMS_CONTEXT_QUERY}`;
}

// Longer than any theme name or language tag: someone else's text, not a value from Teams.
const MAX_VALUE_LENGTH = 35;
// A BCP 47 language tag as Teams sends it: `en-us`, `nl-NL`, `en`.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i;

/** The theme from `theme=`: the first value that is a Teams theme, else null (missing, placeholder, anything else). */
export function parseThemeParam(values: readonly string[]): HostTheme | null {
  for (const value of values) {
    if (value.length > MAX_VALUE_LENGTH) continue;
    const theme = knownTheme(value);
    if (theme) return theme;
  }
  return null;
}

/** The language from `locale=` (a Teams locale such as `en-us`): the first value that is a language tag, else null. */
export function parseLocaleParam(values: readonly string[]): Locale | null {
  for (const value of values) {
    const tag = value.trim();
    if (tag.length <= MAX_VALUE_LENGTH && LANGUAGE_TAG.test(tag)) return localeOf(tag);
  }
  return null;
}

/** Which prerendered form of a page to send: its look and its language. */
export type PageVariant = { theme: HostTheme; locale: Locale };

/**
 * The variant a page's query asks for: the theme and language Teams put in (`theme`, `locale`), else the language of
 * `lang=` (standalone links), else light and Dutch, as every page was before Teams told it anything.
 */
export function pageVariant(query: URLSearchParams): PageVariant {
  return {
    theme: parseThemeParam(query.getAll('theme')) ?? 'light',
    locale: parseLocaleParam(query.getAll('locale')) ?? parseLang(query.get('lang')).lang ?? 'nl',
  };
}
