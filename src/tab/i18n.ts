import type { Locale, SettingsProblem } from '../content';
import type { AddressError, PickResult } from './hooks/configForm';

/** Words of the "Signalen delen" dialog that the message extension opens. */
export type DialogText = {
  title: string;
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
  openTab: string;
};

/** Words of "Delen in chat" in the tab. */
export type ShareLinkText = {
  /** The button's label where the link can only be copied (outside Teams). */
  copyLink: string;
  /** The draft message that goes with the shared link: never anything that was ticked. */
  message: string;
  copied: string;
  copiedInstead: string;
  copyFailed: string;
  linkLabel: string;
};

/** Words of the configuration page (/config) where an admin sets up the channel tab. */
export type ConfigText = {
  title: string;
  intro: string;
  gemeenteHint: string;
  gemeentePlaceholder: string;
  gemeenteRequired: string;
  gemeenteStored: string;
  addressesTitle: string;
  addressesHint: string;
  addressLabel: (n: number) => string;
  addAddress: string;
  removeAddress: (n: number) => string;
  maxReached: string;
  addressError: (error: AddressError) => string;
  addressesRequired: string;
  /** A stored list of addresses that could not be used, without repeating its content. */
  storedAddresses: (problem: SettingsProblem) => string;
  pickPeople: string;
  pickerTitle: string;
  picked: (result: PickResult) => string;
  pickFailed: string;
  previewTitle: string;
  previewEmpty: string;
  saveHint: string;
  saveInvalid: string;
  saveFailed: string;
  linkTitle: string;
  linkIntro: string;
  linkInTeams: string;
  linkLabel: string;
  linkMissing: string;
  copyLink: string;
  copied: string;
  copySelected: string;
};

/** The app's own words around the card (the card's text lives in src/content). */
export type UiText = {
  privacy: string;
  actions: string;
  spar: string;
  sparOutsideTeams: string;
  sparTo: (names: string, gemeente: string | null) => string;
  sparNotConfiguredTitle: string;
  sparNotConfigured: string;
  sparNotConfiguredKmt: string;
  sparDraft: string;
  sparSeen: string;
  sparTopic: string;
  sparOpened: string;
  sparFailed: string;
  callKmt: string;
  print: string;
  share: string;
  gemeenteLabel: string;
  noGemeente: string;
  observations: (signals: number, questions: number) => string;
  clearAll: string;
  cleared: string;
  seen: string;
  asked: string;
  tickSignals: string;
  tickQuestions: string;
  conditional: string;
  views: string;
  viewSignals: string;
  viewQuestions: string;
  website: string;
  yourAandachtsfunctionaris: string;
  notices: string;
  problem: (problem: SettingsProblem) => string;
  dismiss: string;
  dialog: DialogText;
  shareLink: ShareLinkText;
  config: ConfigText;
};

const nl: UiText = {
  privacy:
    'Wat je aanvinkt, blijft alleen op dit scherm en is weg als je de pagina sluit. Deel geen namen of andere persoonsgegevens.',
  actions: 'Acties',
  spar: 'Sparren met aandachtsfunctionaris',
  sparOutsideTeams: 'Opent een chat in Microsoft Teams.',
  sparTo: (names, gemeente) =>
    gemeente ? `Sparren opent een chat met ${names} (${gemeente}).` : `Sparren opent een chat met ${names}.`,
  sparNotConfiguredTitle: 'Er is nog geen aandachtsfunctionaris ingesteld',
  sparNotConfigured:
    'Vraag de beheerder van dit Teams-kanaal om de tab in te stellen: kies de gemeente en vul het e-mailadres van de aandachtsfunctionaris mensenhandel in (tab-menu, Instellingen).',
  sparNotConfiguredKmt: 'Wil je nu al sparren? Bel Kenniscentrum Mensenhandel Twente:',
  sparDraft: 'Hoi, ik wil graag even sparren over een mogelijk signaal van mensenhandel bij de balie.',
  sparSeen: 'Wat ik zag:',
  sparTopic: 'Sparren over mogelijk signaal mensenhandel',
  sparOpened: 'De chat staat klaar. Lees het bericht na en druk zelf op verzenden.',
  sparFailed:
    'De chat kon niet worden geopend. Bel Kenniscentrum Mensenhandel Twente of probeer het opnieuw.',
  callKmt: 'Bel KMT',
  print: 'Afdrukken',
  share: 'Delen in chat',
  gemeenteLabel: 'Gemeente',
  noGemeente: 'geen gemeente gekozen',
  observations: (signals, questions) =>
    `${signals} ${signals === 1 ? 'signaal' : 'signalen'} gezien, ${questions} ${questions === 1 ? 'vraag' : 'vragen'} gesteld`,
  clearAll: 'Wis alles',
  cleared: 'Alles is gewist.',
  seen: 'gezien',
  asked: 'gesteld',
  tickSignals: 'Vink aan wat je ziet.',
  tickQuestions: 'Vink aan wat je hebt gevraagd.',
  conditional: 'Alleen als het past',
  views: 'Weergave',
  viewSignals: 'Signalen',
  viewQuestions: 'Vragen',
  website: 'Website Kenniscentrum Mensenhandel Twente',
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
  dismiss: 'Sluiten',
  dialog: {
    title: 'Signalen delen',
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
    openTab: 'Open de signaalkaart',
  },
  shareLink: {
    copyLink: 'Link kopiëren',
    message: 'De signaalkaart mensenhandel voor de balie.',
    copied: 'Link gekopieerd. Plak hem in een chat. Wat je hebt aangevinkt, zit er niet in.',
    copiedInstead:
      'Delen kan hier niet. Link gekopieerd: plak hem in een chat. Wat je hebt aangevinkt, zit er niet in.',
    copyFailed: 'Kopiëren lukte niet. Kopieer de link hieronder zelf (Ctrl+C).',
    linkLabel: 'Link naar de signaalkaart',
  },
  config: {
    title: 'Signaalkaart instellen',
    intro:
      'Kies voor welke gemeente deze tab is en met wie de baliemedewerkers kunnen sparren over een signaal van mensenhandel.',
    gemeenteHint: 'De gemeente van de baliemedewerkers in dit kanaal.',
    gemeentePlaceholder: 'Kies een gemeente',
    gemeenteRequired: 'Kies een gemeente.',
    gemeenteStored: 'De gemeente die was opgeslagen, bestaat niet. Kies de gemeente opnieuw.',
    addressesTitle: 'Aandachtsfunctionaris mensenhandel',
    addressesHint:
      'Vul het e-mailadres in waarmee de aandachtsfunctionaris inlogt bij Teams, bijvoorbeeld naam@gemeente.nl. Eén adres per veld, hoogstens 5.',
    addressLabel: (n) => `E-mailadres ${n}`,
    addAddress: 'Nog een adres toevoegen',
    removeAddress: (n) => `E-mailadres ${n} weghalen`,
    maxReached: 'Je hebt 5 adressen ingevuld. Meer kan niet.',
    addressError: (error) => {
      switch (error) {
        case 'too-long':
          return 'Dit is te lang voor een e-mailadres. Een e-mailadres heeft hoogstens 254 tekens.';
        case 'link':
          return 'Vul alleen het e-mailadres in, zonder "mailto:" of een link ervoor.';
        case 'one-per-field':
          return 'Vul één e-mailadres per veld in. Kies "Nog een adres toevoegen" voor het volgende adres.';
        case 'duplicate':
          return 'Dit adres staat er al. Vul elk adres één keer in.';
        case 'invalid':
          return 'Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@gemeente.nl, zonder spaties en zonder tekens als < > of ".';
      }
    },
    addressesRequired: 'Vul het e-mailadres van minstens één aandachtsfunctionaris in.',
    storedAddresses: (problem) => {
      if (problem.field === 'af' && problem.reason === 'invalid')
        return problem.count === 1
          ? 'Eén opgeslagen adres was geen geldig e-mailadres. Dat adres is weggelaten. Vul het goede adres in.'
          : `${problem.count} opgeslagen adressen waren geen geldig e-mailadres. Die zijn weggelaten. Vul de goede adressen in.`;
      if (problem.field === 'af' && problem.reason === 'too-many')
        return 'Er waren meer dan 5 adressen opgeslagen. Die zijn allemaal weggelaten. Vul er hoogstens 5 in.';
      return 'De opgeslagen adressen waren te lang. Ze zijn weggelaten. Vul de adressen opnieuw in.';
    },
    pickPeople: 'Persoon zoeken',
    pickerTitle: 'Kies de aandachtsfunctionaris mensenhandel',
    picked: ({ added, withoutAddress, overLimit }) =>
      [
        added === 1 ? '1 adres toegevoegd.' : `${added} adressen toegevoegd.`,
        withoutAddress
          ? `Van ${withoutAddress === 1 ? '1 persoon' : `${withoutAddress} personen`} is geen e-mailadres bekend. Vul dat adres zelf in.`
          : '',
        overLimit
          ? `${overLimit === 1 ? '1 persoon past' : `${overLimit} personen passen`} niet meer: hoogstens 5 adressen.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    pickFailed: 'Zoeken lukte niet. Vul het e-mailadres zelf in.',
    previewTitle: 'Zo ziet de baliemedewerker het',
    previewEmpty:
      'Kies een gemeente en vul een e-mailadres in. Dan zie je hier wat de baliemedewerker in de tab krijgt.',
    saveHint: 'Klopt alles? Klik dan onderaan op Opslaan.',
    saveInvalid: 'Nog niet alles is goed ingevuld. Kijk bij de velden met een melding.',
    saveFailed: 'Opslaan lukte niet. Probeer het opnieuw.',
    linkTitle: 'Link naar de tab',
    linkIntro: 'Met deze link opent de signaalkaart met deze instellingen, bijvoorbeeld op het intranet.',
    linkInTeams:
      'In Microsoft Teams open je deze pagina via de instellingen van de tab: klik op de pijl naast de naam van de tab en kies Instellingen.',
    linkLabel: 'Link naar de signaalkaart',
    linkMissing: 'De link verschijnt als de gemeente en minstens één goed e-mailadres zijn ingevuld.',
    copyLink: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copySelected: 'Kopiëren lukte niet vanzelf. De link is geselecteerd: druk op Ctrl+C (op een Mac Cmd+C).',
  },
};

const en: UiText = {
  privacy:
    'What you tick stays on this screen only and is gone when you close the page. Do not share names or other personal data.',
  actions: 'Actions',
  spar: 'Talk it over with the aandachtsfunctionaris',
  sparOutsideTeams: 'Opens a chat in Microsoft Teams.',
  sparTo: (names, gemeente) =>
    gemeente ? `Opens a chat with ${names} (${gemeente}).` : `Opens a chat with ${names}.`,
  sparNotConfiguredTitle: 'No aandachtsfunctionaris has been set up yet',
  sparNotConfigured:
    "Ask the owner of this Teams channel to set up the tab: choose the municipality and enter the human trafficking contact person's e-mail address (tab menu, Settings).",
  sparNotConfiguredKmt: 'Want to talk it over now? Call Kenniscentrum Mensenhandel Twente:',
  sparDraft: "Hi, I'd like to talk over a possible sign of human trafficking at the front desk.",
  sparSeen: 'What I noticed:',
  sparTopic: 'Talking over a possible sign of human trafficking',
  sparOpened: 'The chat is ready. Check the message and press send yourself.',
  sparFailed: 'The chat could not be opened. Call Kenniscentrum Mensenhandel Twente or try again.',
  callKmt: 'Call KMT',
  print: 'Print',
  share: 'Share in chat',
  gemeenteLabel: 'Municipality',
  noGemeente: 'no municipality chosen',
  observations: (signals, questions) =>
    `${signals} ${signals === 1 ? 'signal' : 'signals'} noticed, ${questions} ${questions === 1 ? 'question' : 'questions'} asked`,
  clearAll: 'Clear all',
  cleared: 'Everything has been cleared.',
  seen: 'noticed',
  asked: 'asked',
  tickSignals: 'Tick what you notice.',
  tickQuestions: 'Tick what you have asked.',
  conditional: 'Only if it applies',
  views: 'View',
  viewSignals: 'Signals',
  viewQuestions: 'Questions',
  website: 'Website of Kenniscentrum Mensenhandel Twente',
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
  dismiss: 'Close',
  dialog: {
    title: 'Share signals',
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
    openTab: 'Open the signal card',
  },
  shareLink: {
    copyLink: 'Copy link',
    message: 'The human trafficking signal card for the front desk.',
    copied: 'Link copied. Paste it into a chat. What you ticked is not in it.',
    copiedInstead:
      'Sharing is not possible here. Link copied: paste it into a chat. What you ticked is not in it.',
    copyFailed: 'Copying did not work. Copy the link below yourself (Ctrl+C).',
    linkLabel: 'Link to the signal card',
  },
  config: {
    title: 'Set up the signal card',
    intro:
      'Choose which municipality this tab is for and who the front desk staff can talk to about a sign of human trafficking.',
    gemeenteHint: 'The municipality of the front desk staff in this channel.',
    gemeentePlaceholder: 'Choose a municipality',
    gemeenteRequired: 'Choose a municipality.',
    gemeenteStored: 'The saved municipality does not exist. Please choose the municipality again.',
    addressesTitle: 'Aandachtsfunctionaris mensenhandel (contact person)',
    addressesHint:
      'Enter the e-mail address the contact person uses to sign in to Teams, for example name@municipality.nl. One address per field, at most 5.',
    addressLabel: (n) => `E-mail address ${n}`,
    addAddress: 'Add another address',
    removeAddress: (n) => `Remove e-mail address ${n}`,
    maxReached: 'You have entered 5 addresses. That is the maximum.',
    addressError: (error) => {
      switch (error) {
        case 'too-long':
          return 'This is too long for an e-mail address. An e-mail address has at most 254 characters.';
        case 'link':
          return 'Enter only the e-mail address, without "mailto:" or a link in front of it.';
        case 'one-per-field':
          return 'Enter one e-mail address per field. Choose "Add another address" for the next one.';
        case 'duplicate':
          return 'This address is already there. Enter each address once.';
        case 'invalid':
          return 'This is not a valid e-mail address. An e-mail address looks like name@municipality.nl, without spaces and without characters such as < > or ".';
      }
    },
    addressesRequired: 'Enter the e-mail address of at least one contact person.',
    storedAddresses: (problem) => {
      if (problem.field === 'af' && problem.reason === 'invalid')
        return problem.count === 1
          ? 'One saved address was not a valid e-mail address. It has been left out. Please enter the right address.'
          : `${problem.count} saved addresses were not valid e-mail addresses. They have been left out. Please enter the right addresses.`;
      if (problem.field === 'af' && problem.reason === 'too-many')
        return 'More than 5 addresses were saved, so all of them have been left out. Please enter at most 5.';
      return 'The saved addresses were too long. They have been left out. Please enter the addresses again.';
    },
    pickPeople: 'Find a person',
    pickerTitle: 'Choose the human trafficking contact person',
    picked: ({ added, withoutAddress, overLimit }) =>
      [
        added === 1 ? '1 address added.' : `${added} addresses added.`,
        withoutAddress
          ? `No e-mail address is known for ${withoutAddress === 1 ? '1 person' : `${withoutAddress} people`}. Please enter it yourself.`
          : '',
        overLimit
          ? `${overLimit === 1 ? '1 person does' : `${overLimit} people do`} not fit: at most 5 addresses.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    pickFailed: 'Searching did not work. Please enter the e-mail address yourself.',
    previewTitle: 'What the front desk staff will see',
    previewEmpty:
      'Choose a municipality and enter an e-mail address. Then you will see here what the front desk staff get in the tab.',
    saveHint: 'Is everything right? Then select Save at the bottom.',
    saveInvalid: 'Not everything is filled in correctly yet. Look at the fields with a message.',
    saveFailed: 'Saving did not work. Please try again.',
    linkTitle: 'Link to the tab',
    linkIntro: 'This link opens the signal card with these settings, for example on the intranet.',
    linkInTeams:
      "In Microsoft Teams you open this page from the tab's settings: select the arrow next to the tab's name and choose Settings.",
    linkLabel: 'Link to the signal card',
    linkMissing:
      'The link appears once the municipality and at least one valid e-mail address are filled in.',
    copyLink: 'Copy link',
    copied: 'The link has been copied.',
    copySelected: 'Copying did not work automatically. The link is selected: press Ctrl+C (Cmd+C on a Mac).',
  },
};

/** The UI words in the given language. */
export function uiText(locale: Locale): UiText {
  return locale === 'en' ? en : nl;
}
