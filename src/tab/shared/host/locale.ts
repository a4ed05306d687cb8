import { localeOf, type Locale } from '../../../content';

/** The language the page was prerendered in, read from `<html lang>`. */
export function documentLocale(doc: Document = document): Locale {
  return localeOf(doc.documentElement.lang);
}
