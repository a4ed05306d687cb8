import type { Locale } from '../../content';

/** English when the host's locale is English; Dutch for everything else (the card is Dutch). */
export function localeFromHost(hostLocale: string | undefined): Locale {
  return hostLocale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The language the page was prerendered in, read from `<html lang>`. */
export function documentLocale(doc: Document = document): Locale {
  return doc.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
