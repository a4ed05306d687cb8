import type { Locale } from './types';

/** The app's own words that more than one layer shows (tab pages, Adaptive Cards, Teams): one definition each. */
export type AppWords = {
  /** The app's name: the tab's page title and the name Teams suggests for a pinned tab. */
  appName: string;
  /** The message extension's dialog: its title in Teams and on the page. */
  shareSignals: string;
  /** A link or button that opens the tab. */
  openSignaalkaart: string;
  municipality: string;
  noMunicipality: string;
};

const APP_WORDS: Record<Locale, AppWords> = {
  nl: {
    appName: 'Signaalkaart mensenhandel',
    shareSignals: 'Signalen delen',
    openSignaalkaart: 'Open de signaalkaart',
    municipality: 'Gemeente',
    noMunicipality: 'Geen gemeente gekozen',
  },
  en: {
    appName: 'Human trafficking signal card',
    shareSignals: 'Share signals',
    openSignaalkaart: 'Open the signal card',
    municipality: 'Municipality',
    noMunicipality: 'No municipality chosen',
  },
};

/** The shared app words in one language. */
export function appWords(locale: Locale): AppWords {
  return APP_WORDS[locale];
}
