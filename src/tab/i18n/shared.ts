import { appWords, type AppWords, type Locale } from '../../content';

/**
 * Words that more than one page shows (the tab, the configuration page, the dialog), with the app words that
 * the cards share too. Each page's words add to these, in its own file, so a page's bundle carries its own only.
 */
export type SharedText = AppWords & {
  spar: string;
  sparTo: (names: string, gemeente: string | null) => string;
  observations: (signals: number, questions: number) => string;
  /** The tag beside a ticked signal, and beside a ticked question. */
  seen: string;
  asked: string;
  tickSignals: string;
  tickQuestions: string;
  copyLink: string;
  linkLabel: string;
};

const OWN: Record<Locale, Omit<SharedText, keyof AppWords>> = {
  nl: {
    spar: 'Sparren met aandachtsfunctionaris',
    sparTo: (names, gemeente) =>
      gemeente
        ? `Sparren opent een chat met ${names} (${gemeente}).`
        : `Sparren opent een chat met ${names}.`,
    observations: (signals, questions) =>
      `${signals} ${signals === 1 ? 'signaal' : 'signalen'} gezien, ${questions} ${questions === 1 ? 'vraag' : 'vragen'} gesteld`,
    seen: 'gezien',
    asked: 'gesteld',
    tickSignals: 'Vink aan wat je ziet.',
    tickQuestions: 'Vink aan wat je hebt gevraagd.',
    copyLink: 'Link kopiëren',
    linkLabel: 'Link naar de signaalkaart',
  },
  en: {
    spar: 'Talk it over with the aandachtsfunctionaris',
    sparTo: (names, gemeente) =>
      gemeente ? `Opens a chat with ${names} (${gemeente}).` : `Opens a chat with ${names}.`,
    observations: (signals, questions) =>
      `${signals} ${signals === 1 ? 'signal' : 'signals'} noticed, ${questions} ${questions === 1 ? 'question' : 'questions'} asked`,
    seen: 'noticed',
    asked: 'asked',
    tickSignals: 'Tick what you notice.',
    tickQuestions: 'Tick what you have asked.',
    copyLink: 'Copy link',
    linkLabel: 'Link to the signal card',
  },
};

/** The shared words in the given language. */
export function sharedText(locale: Locale): SharedText {
  return { ...appWords(locale), ...OWN[locale] };
}
