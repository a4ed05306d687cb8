import type { Locale, SettingsProblem } from '../../content';
import { sharedText, type SharedText } from './shared';

/** Words of "Delen in chat" in the tab. */
export type ShareLinkText = {
  /** The draft message that goes with the shared link: never anything that was ticked. */
  message: string;
  copied: string;
  copiedInstead: string;
  copyFailed: string;
};

/** The tab's own words around the card (the card's text lives in src/content). */
export type UiText = SharedText & {
  privacy: string;
  actions: string;
  sparOutsideTeams: string;
  /** Under the button where the host cannot open a chat itself (Outlook, the Microsoft 365 app). */
  sparViaTeams: (names: string, gemeente: string | null) => string;
  sparNotConfiguredTitle: string;
  sparNotConfigured: string;
  sparNotConfiguredKmt: string;
  sparDraft: string;
  sparSeen: string;
  sparTopic: string;
  sparOpened: string;
  sparOpenedInTeams: string;
  sparFailed: string;
  callKmt: string;
  print: string;
  share: string;
  clearAll: string;
  cleared: string;
  views: string;
  viewSignals: string;
  viewQuestions: string;
  yourAandachtsfunctionaris: string;
  notices: string;
  problem: (problem: SettingsProblem) => string;
  shareLink: ShareLinkText;
};

const nl: Omit<UiText, keyof SharedText> = {
  privacy:
    'Wat je aanvinkt, blijft alleen op dit scherm en is weg als je de pagina sluit. Deel geen namen of andere persoonsgegevens.',
  actions: 'Acties',
  sparOutsideTeams: 'Opent een chat in Microsoft Teams.',
  sparViaTeams: (names, gemeente) =>
    `Sparren opent Microsoft Teams, met een chat met ${names}${gemeente ? ` (${gemeente})` : ''}.`,
  sparNotConfiguredTitle: 'Er is nog geen aandachtsfunctionaris ingesteld',
  sparNotConfigured:
    'Vraag de beheerder van dit Teams-kanaal om de tab in te stellen: kies de gemeente en vul het e-mailadres van de aandachtsfunctionaris mensenhandel in (tab-menu, Instellingen).',
  sparNotConfiguredKmt: 'Wil je nu al sparren? Bel Kenniscentrum Mensenhandel Twente:',
  sparDraft: 'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.',
  sparSeen: 'Wat ik zag:',
  sparTopic: 'Sparren over mogelijk signaal mensenhandel',
  sparOpened: 'De chat staat klaar. Lees het bericht na en druk zelf op verzenden.',
  sparOpenedInTeams:
    'Microsoft Teams gaat open met de chat. Lees het bericht daar na en druk zelf op verzenden.',
  sparFailed:
    'De chat kon niet worden geopend. Bel Kenniscentrum Mensenhandel Twente of probeer het opnieuw.',
  callKmt: 'Bel KMT',
  print: 'Afdrukken',
  share: 'Delen in chat',
  clearAll: 'Wis alles',
  cleared: 'Alles is gewist.',
  views: 'Weergave',
  viewSignals: 'Signalen',
  viewQuestions: 'Vragen',
  yourAandachtsfunctionaris: 'Jouw aandachtsfunctionaris:',
  notices: 'Let op',
  problem: (problem) => {
    switch (problem.field) {
      case 'gemeente':
        return 'De gemeente in de link van deze tab is onbekend. Er is nu geen gemeente gekozen.';
      case 'af':
        if (problem.reason === 'too-many')
          return 'De link van deze tab noemt meer dan 5 aandachtsfunctionarissen. Die zijn daarom niet gebruikt.';
        if (problem.reason === 'too-long')
          return 'De link van deze tab is te lang. De aandachtsfunctionarissen zijn daarom niet gebruikt.';
        return problem.count === 1
          ? 'Eén adres in de link van deze tab is geen geldig e-mailadres. Dat adres is niet gebruikt.'
          : `${problem.count} adressen in de link van deze tab zijn geen geldig e-mailadres. Die zijn niet gebruikt.`;
      case 'lang':
        return 'De taal in de link is onbekend. De pagina is in het Nederlands.';
    }
  },
  shareLink: {
    message: 'De signaalkaart mensenhandel voor de balie.',
    copied: 'Link gekopieerd. Plak hem in een chat. Wat je hebt aangevinkt, zit er niet in.',
    copiedInstead:
      'Delen kan hier niet. Link gekopieerd: plak hem in een chat. Wat je hebt aangevinkt, zit er niet in.',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link hieronder zelf (Ctrl+C).',
  },
};

const en: Omit<UiText, keyof SharedText> = {
  privacy:
    'What you tick stays on this screen only and is gone when you close the page. Do not share names or other personal data.',
  actions: 'Actions',
  sparOutsideTeams: 'Opens a chat in Microsoft Teams.',
  sparViaTeams: (names, gemeente) =>
    `Opens Microsoft Teams, with a chat with ${names}${gemeente ? ` (${gemeente})` : ''}.`,
  sparNotConfiguredTitle: 'No aandachtsfunctionaris has been set up yet',
  sparNotConfigured:
    "Ask the owner of this Teams channel to set up the tab: choose the municipality and enter the human trafficking contact person's e-mail address (tab menu, Settings).",
  sparNotConfiguredKmt: 'Want to talk it over now? Call Kenniscentrum Mensenhandel Twente:',
  sparDraft: "Hi, I'd like to talk over a possible sign of human trafficking at the front desk.",
  sparSeen: 'What I noticed:',
  sparTopic: 'Talking over a possible sign of human trafficking',
  sparOpened: 'The chat is ready. Check the message and press send yourself.',
  sparOpenedInTeams: 'Microsoft Teams opens with the chat. Check the message there and press send yourself.',
  sparFailed: 'The chat could not be opened. Call Kenniscentrum Mensenhandel Twente or try again.',
  callKmt: 'Call KMT',
  print: 'Print',
  share: 'Share in chat',
  clearAll: 'Clear all',
  cleared: 'Everything has been cleared.',
  views: 'View',
  viewSignals: 'Signals',
  viewQuestions: 'Questions',
  yourAandachtsfunctionaris: 'Your aandachtsfunctionaris:',
  notices: 'Please note',
  problem: (problem) => {
    switch (problem.field) {
      case 'gemeente':
        return "The municipality in this tab's link is unknown. No municipality is chosen now.";
      case 'af':
        if (problem.reason === 'too-many')
          return "This tab's link names more than 5 contact persons, so none of them is used.";
        if (problem.reason === 'too-long')
          return "This tab's link is too long, so no contact person is used.";
        return problem.count === 1
          ? "One address in this tab's link is not a valid e-mail address. It has not been used."
          : `${problem.count} addresses in this tab's link are not valid e-mail addresses. They have not been used.`;
      case 'lang':
        return 'The language in the link is unknown. The page is shown in Dutch.';
    }
  },
  shareLink: {
    message: 'The human trafficking signal card for the front desk.',
    copied: 'Link copied. Paste it into a chat. What you ticked is not in it.',
    copiedInstead:
      'Sharing is not possible here. Link copied: paste it into a chat. What you ticked is not in it.',
    copyFailed: 'Copying did not work. Copy the link below yourself (Ctrl+C).',
  },
};

const TAB_TEXT: Record<Locale, UiText> = {
  nl: { ...sharedText('nl'), ...nl },
  en: { ...sharedText('en'), ...en },
};

/** The tab's words in the given language. */
export function uiText(locale: Locale): UiText {
  return TAB_TEXT[locale];
}
