import { hostThemeOf, localeOf, type HostTheme, type Locale } from '../../../content';

/** The attribute of `<html>` that names the theme the page was prerendered in. */
export const THEME_ATTRIBUTE = 'data-theme';

/** The language the page was prerendered in, read from `<html lang>`. */
export function documentLocale(doc: Document = document): Locale {
  return localeOf(doc.documentElement.lang);
}

/** The theme the page was prerendered in, read from `<html data-theme>`. */
export function documentTheme(doc: Document = document): HostTheme {
  return hostThemeOf(doc.documentElement.getAttribute(THEME_ATTRIBUTE));
}
