import { appWords, type AppWords, type Locale } from '../content';

/** UI text on the cards and in the message extension that is not part of the printed card. */
export type CardStrings = AppWords & {
  /** Button that opens the KMT website; `{website}` is its display name. */
  openWebsite: string;
  /** Label above a search hit in a section card. */
  found: string;
  summaryTitle: string;
  /** Heading above the ticked signals. */
  seen: string;
  /** Heading above the asked questions. */
  asked: string;
  nothingSeen: string;
  nothingAsked: string;
  noPersonalData: string;
  /** Subtitle of a section in the search result list. */
  sectionOfCard: string;
  queryTooLong: string;
  noResults: string;
  invalidQuery: string;
  invalidSubmission: string;
  notConfigured: string;
};

const OWN: Record<Locale, Omit<CardStrings, keyof AppWords>> = {
  nl: {
    openWebsite: 'Naar {website}',
    found: 'Gevonden',
    summaryTitle: 'Samenvatting: signalen van mensenhandel',
    seen: 'Gezien',
    asked: 'Gesteld',
    nothingSeen: 'Er zijn geen signalen aangevinkt.',
    nothingAsked: 'Er zijn geen vragen aangevinkt.',
    noPersonalData: 'Deze samenvatting bevat geen persoonsgegevens.',
    sectionOfCard: 'Deel van de signaalkaart',
    queryTooLong: 'Je zoekwoord is te lang. Gebruik hoogstens 100 tekens.',
    noResults:
      'Niets gevonden. Probeer een ander woord, of laat het zoekveld leeg voor alle delen van de kaart.',
    invalidQuery: 'Deze zoekopdracht kan niet worden uitgevoerd. Probeer het opnieuw.',
    invalidSubmission:
      'De samenvatting kon niet worden gemaakt, er is niets in je bericht gezet. Open "Signalen delen" opnieuw en probeer het nog een keer.',
    notConfigured:
      'Signalen delen werkt nog niet: de beheerder moet het webadres van de app instellen (TAB_ENDPOINT).',
  },
  en: {
    openWebsite: 'Go to {website}',
    found: 'Found',
    summaryTitle: 'Summary: signs of human trafficking',
    seen: 'Observed',
    asked: 'Asked',
    nothingSeen: 'No signals were ticked.',
    nothingAsked: 'No questions were ticked.',
    noPersonalData: 'This summary contains no personal data.',
    sectionOfCard: 'Part of the signal card',
    queryTooLong: 'Your search is too long. Use at most 100 characters.',
    noResults: 'Nothing found. Try another word, or leave the search box empty to see all parts of the card.',
    invalidQuery: 'This search cannot be run. Please try again.',
    invalidSubmission:
      'The summary could not be made, nothing was added to your message. Open "Share signals" again and try once more.',
    notConfigured:
      'Sharing signals does not work yet: the administrator must set the app’s web address (TAB_ENDPOINT).',
  },
};

export const CARD_STRINGS: Record<Locale, CardStrings> = {
  nl: { ...appWords('nl'), ...OWN.nl },
  en: { ...appWords('en'), ...OWN.en },
};

/** The card UI strings in one language. */
export function cardStrings(locale: Locale): CardStrings {
  return CARD_STRINGS[locale];
}
