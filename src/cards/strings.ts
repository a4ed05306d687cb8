import { appWords, type AppWords, type CardLine, type CardPart, type Locale } from '../content';

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
  /** Labels of the facts on a search result card. */
  factFound: string;
  factContents: string;
  factLanguage: string;
  factInDoubt: string;
  /** What kind of line a search found. */
  lineKind: Record<CardLine['kind'], string>;
  /** What a part of the card holds, e.g. "12 signalen"; `{n}` is the number of lines. */
  partContents: Record<CardPart, string>;
  /** This language's own name. */
  languageName: string;
  /** "Bel KMT: {phone}". */
  callKmt: string;
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
    factFound: 'Soort',
    factContents: 'Inhoud',
    factLanguage: 'Taal',
    factInDoubt: 'Twijfel je?',
    lineKind: {
      title: 'Titel',
      intro: 'Inleiding',
      signal: 'Signaal',
      tip: 'Tip',
      question: 'Vraag',
      'hoe-verder': 'Wat je doet',
    },
    partContents: {
      intro: 'Wat mensenhandel is en wat je aan de balie kunt zien',
      slachtoffer: '{n} signalen',
      begeleider: '{n} signalen',
      tips: '{n} tips',
      vragen: '{n} vragen',
      'hoe-verder': 'Wie je belt en naar wie je gaat',
    },
    languageName: 'Nederlands',
    callKmt: 'Bel KMT: {phone}',
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
    factFound: 'Type',
    factContents: 'Contents',
    factLanguage: 'Language',
    factInDoubt: 'In doubt?',
    lineKind: {
      title: 'Title',
      intro: 'Introduction',
      signal: 'Signal',
      tip: 'Tip',
      question: 'Question',
      'hoe-verder': 'What to do',
    },
    partContents: {
      intro: 'What human trafficking is and what you may notice at the front desk',
      slachtoffer: '{n} signals',
      begeleider: '{n} signals',
      tips: '{n} tips',
      vragen: '{n} questions',
      'hoe-verder': 'Who to call and who to go to',
    },
    languageName: 'English',
    callKmt: 'Call KMT: {phone}',
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
