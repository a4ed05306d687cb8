import { findMunicipality } from './municipalities';
import type { Locale, Municipality } from './types';

/** At most this many aandachtsfunctionarissen per tab (a Teams group chat with the clerk stays small). */
export const MAX_AANDACHTSFUNCTIONARISSEN = 5;
/** Longest address accepted (the limit of an e-mail address). */
export const MAX_ADDRESS_LENGTH = 254;
const MAX_PARAM_LENGTH = 2048;

// Conservative UPN / e-mail shape: no spaces, quotes, angle brackets or URL syntax, one @, a dotted domain.
const ADDRESS =
  /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Who the tab is for: the clerk's municipality and the aandachtsfunctionaris(sen) to spar with. */
export type TabSettings = {
  gemeente: Municipality | null;
  aandachtsfunctionarissen: readonly string[];
};

/** Why a value was ignored; the UI turns it into a polite sentence and never shows the value itself. */
export type SettingsProblem =
  | { field: 'gemeente'; reason: 'unknown' | 'too-long' }
  | { field: 'af'; reason: 'invalid'; count: number }
  | { field: 'af'; reason: 'too-many' }
  | { field: 'af'; reason: 'too-long' }
  | { field: 'lang'; reason: 'unknown' };

export const NO_SETTINGS: TabSettings = { gemeente: null, aandachtsfunctionarissen: [] };

/** True for something that looks like a UPN or e-mail address and is safe to put in a chat link. */
export function isAddress(value: string): boolean {
  return value.length <= MAX_ADDRESS_LENGTH && ADDRESS.test(value);
}

/** Reads a municipality slug; empty means "not given". */
export function parseGemeente(raw: string | null | undefined): {
  gemeente: Municipality | null;
  problem?: SettingsProblem;
} {
  const value = (raw ?? '').trim();
  if (!value) return { gemeente: null };
  if (value.length > 64) return { gemeente: null, problem: { field: 'gemeente', reason: 'too-long' } };
  const gemeente = findMunicipality(value.toLowerCase());
  return gemeente ? { gemeente } : { gemeente: null, problem: { field: 'gemeente', reason: 'unknown' } };
}

/** Reads a comma-separated list of addresses: keeps the valid ones, refuses the whole list when it is too long. */
export function parseAandachtsfunctionarissen(raw: string | null | undefined): {
  addresses: string[];
  problems: SettingsProblem[];
} {
  const value = (raw ?? '').trim();
  if (!value) return { addresses: [], problems: [] };
  if (value.length > MAX_PARAM_LENGTH)
    return { addresses: [], problems: [{ field: 'af', reason: 'too-long' }] };
  const items = value
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length > MAX_AANDACHTSFUNCTIONARISSEN) {
    return { addresses: [], problems: [{ field: 'af', reason: 'too-many' }] };
  }
  const addresses: string[] = [];
  let invalid = 0;
  for (const item of items) {
    if (!isAddress(item)) invalid += 1;
    else if (!addresses.some((known) => known.toLowerCase() === item.toLowerCase())) addresses.push(item);
  }
  return { addresses, problems: invalid ? [{ field: 'af', reason: 'invalid', count: invalid }] : [] };
}

/** Reads `lang`; only `nl` and `en` exist. */
export function parseLang(raw: string | null | undefined): {
  lang: Locale | null;
  problem?: SettingsProblem;
} {
  const value = (raw ?? '').trim().toLowerCase();
  if (!value) return { lang: null };
  if (value === 'nl' || value === 'en') return { lang: value };
  return { lang: null, problem: { field: 'lang', reason: 'unknown' } };
}

/**
 * The tab's settings from its URL, falling back per field to the deployment defaults when the URL does not
 * name that field at all. A field that is present but invalid is not replaced by the default: the
 * problem is reported and the field stays empty, so a broken link never quietly points at someone else.
 */
export function resolveTabSettings(
  query: URLSearchParams,
  defaults: TabSettings = NO_SETTINGS,
): { settings: TabSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  let gemeente = defaults.gemeente;
  if (query.has('gemeente')) {
    const parsed = parseGemeente(query.getAll('gemeente').join(','));
    gemeente = parsed.gemeente;
    if (parsed.problem) problems.push(parsed.problem);
  }
  let aandachtsfunctionarissen = defaults.aandachtsfunctionarissen;
  if (query.has('af')) {
    const parsed = parseAandachtsfunctionarissen(query.getAll('af').join(','));
    aandachtsfunctionarissen = parsed.addresses;
    problems.push(...parsed.problems);
  }
  return { settings: { gemeente, aandachtsfunctionarissen }, problems };
}

/** The query string that a configured tab stores in Teams: `gemeente=…&af=a,b`, each value encoded. */
export function tabQuery(settings: TabSettings): string {
  const query = new URLSearchParams();
  if (settings.gemeente) query.set('gemeente', settings.gemeente.slug);
  if (settings.aandachtsfunctionarissen.length) query.set('af', settings.aandachtsfunctionarissen.join(','));
  return query.toString();
}
