import { PAGES } from './pages';
import { tabQuery, type TabSettings } from './settings';
import type { Locale } from './types';

/**
 * The tab's URL for these settings: `<base>/tab?gemeente=…&af=…`, every value encoded, and `lang=en` for
 * English (Dutch is the default, so it is left out). `base` is where the app lives: an origin or TAB_ENDPOINT.
 */
export function tabUrl(base: string, settings: TabSettings, lang?: Locale | null): string {
  const query = new URLSearchParams(tabQuery(settings));
  if (lang === 'en') query.set('lang', lang);
  const search = query.toString();
  return `${base}${PAGES.tab.route}${search ? `?${search}` : ''}`;
}

/** Why a TAB_ENDPOINT cannot be used; each reader says it in its own words. */
export type EndpointProblem = 'invalid' | 'extra-parts';

export type TabEndpoint = {
  /** Origin and path, without a trailing slash: `https://signaalkaart.gemeente.nl`. */
  endpoint: string;
  /** Host and port, as the manifest's validDomains wants it. */
  host: string;
  https: boolean;
  /** localhost or 127.0.0.1: plain http is fine there for local testing. */
  local: boolean;
};

/** Reads TAB_ENDPOINT: a URL without query, fragment or credentials. */
export function parseTabEndpoint(
  raw: string,
): { ok: true; value: TabEndpoint } | { ok: false; problem: EndpointProblem } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'invalid' };
  if (url.search || url.hash || url.username || url.password) return { ok: false, problem: 'extra-parts' };
  return {
    ok: true,
    value: {
      endpoint: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
      host: url.host,
      https: url.protocol === 'https:',
      local: url.hostname === 'localhost' || url.hostname === '127.0.0.1',
    },
  };
}
