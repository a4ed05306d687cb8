import { cardLines, type CardLine, type CardPart } from './cardLines';

/**
 * A word that clerks type but the card does not print (or prints for something else), and the lines it finds.
 * Only words whose answer the card makes unambiguous belong here; each entry is tested against the card.
 */
export type SearchSynonym = { words: readonly string[]; finds: readonly CardLine[] };

const signalLines = cardLines().filter(
  (line) =>
    line.kind === 'signal' || (line.kind === 'title' && ['slachtoffer', 'begeleider'].includes(line.part)),
);
const questionLines = cardLines().filter(
  (line) => line.kind === 'question' || (line.kind === 'title' && line.part === 'vragen'),
);

/** The reviewed list of search words that do not occur on the card literally. Lower case, without accents. */
export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  {
    // The card says "telefoonnummer" and "by phone"; clerks ask how to call.
    words: ['bellen', 'bel', 'opbellen', 'telefonisch', 'call', 'telephone', 'ring'],
    finds: [{ kind: 'hoe-verder', id: 'kmt' }],
  },
  {
    // The card spells out the name; the region knows it by its initials.
    words: ['kmt'],
    finds: [
      { kind: 'hoe-verder', id: 'kmt' },
      { kind: 'hoe-verder', id: 'website' },
      { kind: 'intro', index: 1 },
    ],
  },
  {
    // The card prints the address only: www.mensenhandeltwente.nl.
    words: ['website', 'site', 'webpagina', 'internet', 'web'],
    finds: [{ kind: 'hoe-verder', id: 'website' }],
  },
  {
    // The tip says "tolk" / "interpreter".
    words: ['vertaler', 'vertalen', 'vertaling', 'translator', 'translate'],
    finds: [{ kind: 'tip', id: 'tip-tolk' }],
  },
  {
    // The role the card names "aandachtsfunctionaris mensenhandel".
    words: ['contactpersoon', 'aandachtsfunctionarissen'],
    finds: [{ kind: 'hoe-verder', id: 'aandachtsfunctionaris' }],
  },
  {
    // The card's lists are signals, but it only says so in the introduction.
    words: ['signalen', 'signaal', 'signals', 'signal', 'signs'],
    finds: signalLines,
  },
  {
    // "Vragen" is printed in the plural only.
    words: ['vraag'],
    finds: questionLines,
  },
];

/**
 * Words that carry no meaning for a search in this card: function words, request words ("zoek", "show") and the
 * app's own subject. Dropped from a search of several words, so a whole sentence (as Microsoft 365 Copilot may
 * send) finds what it is about; a search of only such words searches them as typed.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Dutch
    'aan al als bij dan dat de deze die dit doe doen een en er ga gaat geef heb hebben heeft het hier hoe ik in is',
    'je jij kan kun kunt laat maar me met mij mijn moet na naar nu of om ook op over te toon tot u uit van vind',
    'voor wat we welk welke wie wij wil zie zien zijn zo zoek zoeken',
    // English
    'a about an and any are as at be by can could do does find for from give have how i if in is it me my of on',
    'or please search should show tell that the there these this to what when where which who with would you your',
    // The app and its subject, named in almost every question about it
    'signaalkaart kaart mensenhandel balie baliemedewerker card human trafficking desk',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that name a part of the card, for the search command's "onderdeel" parameter (Microsoft 365 Copilot fills
 * it in its own words). Besides these, a part is known by its id and its title in either language.
 */
export const PART_WORDS: Readonly<Record<CardPart, readonly string[]>> = {
  intro: ['intro', 'inleiding', 'introductie', 'introduction', 'uitleg'],
  slachtoffer: ['slachtoffer', 'slachtoffers', 'victim', 'victims'],
  begeleider: ['begeleider', 'begeleiders', 'companion', 'companions'],
  tips: ['tip', 'tips'],
  vragen: ['vraag', 'vragen', 'question', 'questions'],
  'hoe-verder': ['hoe verder', 'what next', 'verder', 'next', 'contact', 'kmt'],
};
