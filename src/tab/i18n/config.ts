import type { Locale, SettingsProblem } from '../../content';
import type { AddressError, PickResult } from '../config/configForm';
import { sharedText, type SharedText } from './shared';

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
  linkMissing: string;
  copied: string;
  copySelected: string;
  /** Before the link to the help page (/help). */
  helpIntro: string;
  /** The link to the help page; it opens in a new window, and says so. */
  helpLink: string;
};

const nl: ConfigText = {
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
  linkMissing: 'De link verschijnt als de gemeente en minstens één goed e-mailadres zijn ingevuld.',
  copied: 'De link is gekopieerd.',
  copySelected: 'Kopiëren lukte niet vanzelf. De link is geselecteerd: druk op Ctrl+C (op een Mac Cmd+C).',
  helpIntro: 'Vragen over de app, of over wie je belt bij twijfel?',
  helpLink: 'Hulp en contact (opent in een nieuw venster)',
};

const en: ConfigText = {
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
  linkMissing: 'The link appears once the municipality and at least one valid e-mail address are filled in.',
  copied: 'The link has been copied.',
  copySelected: 'Copying did not work automatically. The link is selected: press Ctrl+C (Cmd+C on a Mac).',
  helpIntro: 'Questions about the app, or about who to call when in doubt?',
  helpLink: 'Help and contact (opens in a new window)',
};

/** The shared words plus the configuration page's own. */
export type ConfigUiText = SharedText & { config: ConfigText };

const configUi: Record<Locale, ConfigUiText> = {
  nl: { ...sharedText('nl'), config: nl },
  en: { ...sharedText('en'), config: en },
};

/** The words of the configuration page in the given language. */
export function configUiText(locale: Locale): ConfigUiText {
  return configUi[locale];
}
