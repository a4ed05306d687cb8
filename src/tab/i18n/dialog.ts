import type { Locale } from '../../content';
import { sharedText, type SharedText } from './shared';

/** Words of the "Signalen delen" dialog that the message extension opens. */
export type DialogText = {
  intro: string;
  /** The fixed promise that the summary holds no personal data. */
  noPersonalData: string;
  gemeenteHint: string;
  noGemeente: string;
  gemeenteUnknown: string;
  insert: string;
  cancel: string;
  nothingTicked: string;
  inserting: string;
  failed: string;
  standaloneTitle: string;
  standalone: string;
};

const nl: DialogText = {
  intro:
    'Vink aan wat je hebt gezien en wat je hebt gevraagd. Met "Invoegen in chat" komt een samenvatting in je bericht. Je verstuurt het bericht zelf.',
  noPersonalData:
    'De samenvatting bevat geen namen of andere persoonsgegevens: alleen de signalen en vragen die je aanvinkt, en de gemeente.',
  gemeenteHint: 'Niet verplicht.',
  noGemeente: 'Geen gemeente',
  gemeenteUnknown: 'De gemeente in de link is onbekend. Kies hier zelf een gemeente als je wilt.',
  insert: 'Invoegen in chat',
  cancel: 'Annuleren',
  nothingTicked: 'Je hebt nog niets aangevinkt. Vink minstens één signaal of vraag aan.',
  inserting: 'De samenvatting gaat naar je bericht.',
  failed: 'Invoegen lukte niet. Probeer het opnieuw.',
  standaloneTitle: 'Deze pagina werkt in Microsoft Teams',
  standalone:
    'Invoegen in een chat kan alleen via "Signalen delen" bij het schrijven van een bericht in Microsoft Teams. Je kunt de lijst hier wel gebruiken.',
};

const en: DialogText = {
  intro:
    'Tick what you noticed and what you asked. "Insert in chat" puts a summary in your message. You send the message yourself.',
  noPersonalData:
    'The summary contains no names or other personal data: only the signals and questions you tick, and the municipality.',
  gemeenteHint: 'Optional.',
  noGemeente: 'No municipality',
  gemeenteUnknown: 'The municipality in the link is unknown. Choose one here if you like.',
  insert: 'Insert in chat',
  cancel: 'Cancel',
  nothingTicked: 'You have not ticked anything yet. Tick at least one signal or question.',
  inserting: 'The summary is going into your message.',
  failed: 'Inserting did not work. Please try again.',
  standaloneTitle: 'This page works in Microsoft Teams',
  standalone:
    'Inserting into a chat only works through "Share signals" while writing a message in Microsoft Teams. You can still use the list here.',
};

/** The shared words plus the dialog's own. */
export type DialogUiText = SharedText & { dialog: DialogText };

const dialogUi: Record<Locale, DialogUiText> = {
  nl: { ...sharedText('nl'), dialog: nl },
  en: { ...sharedText('en'), dialog: en },
};

/** The words of the "Signalen delen" dialog page in the given language. */
export function dialogUiText(locale: Locale): DialogUiText {
  return dialogUi[locale];
}
