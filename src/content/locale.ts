import type { Locale } from './types';

/** The languages of the card and the app, Dutch (the card's own) first. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language for a host's language tag (Teams' `en-US`, a browser's `en`, `<html lang>`): English for English,
 * Dutch for everything else, since the card is Dutch.
 */
export function localeOf(tag: unknown): Locale {
  return typeof tag === 'string' && /^en(?:[-_]|$)/i.test(tag.trim()) ? 'en' : 'nl';
}

/**
 * The language a value names, for parameters that Microsoft 365 Copilot fills in its own words: a tag (`en-GB`)
 * or the language's name in Dutch or English. Null for anything else, so the caller keeps its own default.
 */
export function languageOf(value: unknown): Locale | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const name = value.trim().toLowerCase();
  if (/^(?:nl|nld|nederlands|dutch)(?:[-_][a-z0-9-]*)?$/.test(name)) return 'nl';
  if (/^(?:en|eng|engels|english)(?:[-_][a-z0-9-]*)?$/.test(name)) return 'en';
  return null;
}
