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
