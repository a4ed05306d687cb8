// The help page (/help, the manifest's developer.websiteUrl) in Dutch and English, written into dist/public/help/ at
// build time from src/content, so KMT's name, number and website and the card's own words are never retyped. Like
// /privacy and /terms it is plain HTML without script, styled by legal/legal.css.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  HELP_ROUTE,
  KMT,
  LOCALES,
  PAGES,
  appWords,
  cardText,
  fillTemplate,
  pageLink,
  type Locale,
} from '../src/content';
import { HELP_FILES } from '../src/server/help';
import { escapeHtml } from '../src/server/pages';

type HelpText = {
  title: string;
  lead: string;
  whatTitle: string;
  what: string[];
  whereTitle: string;
  where: string;
  contactTitle: string;
  /** The card's own advice follows this sentence. */
  contactLead: string;
  appTitle: string;
  app: string;
  privacyTitle: string;
  privacy: string[];
  privacyLink: string;
  termsLink: string;
  toCard: string;
  otherLanguage: string;
};

export const HELP_TEXT: Record<Locale, HelpText> = {
  nl: {
    title: 'Hulp bij de Signaalkaart mensenhandel',
    lead: 'Hier lees je wat de app doet, wie je kunt bellen en hoe de app met privacy omgaat.',
    whatTitle: 'Wat doet de app?',
    what: [
      'De app laat de Signaalkaart mensenhandel voor gemeentelijke baliemedewerkers (Twente) zien: signalen die kunnen wijzen op mensenhandel, tips en vragen die je kunt stellen.',
      'Je vinkt aan wat je ziet en vraagt. Met de knop Sparren open je een chat met de aandachtsfunctionaris mensenhandel van je gemeente. Je leest het bericht na en verstuurt het zelf.',
      'In een chat of bericht kun je de kaart zoeken en een deel ervan delen. Dat kan ook in Microsoft 365 Copilot, als je organisatie dat heeft aangezet.',
    ],
    whereTitle: 'Waar werkt de app?',
    where:
      'In Microsoft Teams (als tab in een kanaal of chat, en als eigen app), in Outlook en in de Microsoft 365-app. Kan Outlook of de Microsoft 365-app geen chat openen, dan opent Sparren Microsoft Teams.',
    contactTitle: 'Wie bel je bij twijfel over een situatie?',
    contactLead: 'Twijfel je over iemand aan de balie? De kaart zegt:',
    appTitle: 'Vragen over de app zelf?',
    app: 'Werkt de app niet, of klopt er iets niet in de tekst? Meld het bij de servicedesk of de functioneel beheerder van je gemeente. Zij hebben de app in Teams gezet en kunnen de instellingen aanpassen.',
    privacyTitle: 'Privacy',
    privacy: [
      'Wat je aanvinkt, blijft alleen op je eigen scherm. Sluit je de pagina, dan is het weg.',
      'De app bewaart niets over personen: geen cookies, geen opslag, geen statistieken. Je zoekwoorden worden nergens bewaard.',
      'In het chatbericht staan alleen de namen van de signalen die je hebt aangevinkt. Zet er geen naam, geboortedatum, BSN of adres in.',
      'De pagina laadt niets van andere websites.',
    ],
    privacyLink: 'Privacyverklaring',
    termsLink: 'Gebruiksvoorwaarden',
    toCard: 'Naar de signaalkaart',
    otherLanguage: 'Read this page in English',
  },
  en: {
    title: 'Help for the human trafficking signal card',
    lead: 'What the app does, who you can call and how the app handles privacy.',
    whatTitle: 'What does the app do?',
    what: [
      'The app shows the Twente signal card on human trafficking for municipal front-desk staff: signals that may point to human trafficking, tips and questions you can ask.',
      "You tick what you notice and ask. The button to talk it over opens a chat with your municipality's human trafficking contact person (aandachtsfunctionaris). You check the message and send it yourself.",
      'In a chat or message you can search the card and share a part of it. This also works in Microsoft 365 Copilot, when your organisation has turned it on.',
    ],
    whereTitle: 'Where does the app work?',
    where:
      'In Microsoft Teams (as a tab in a channel or chat, and as its own app), in Outlook and in the Microsoft 365 app. If Outlook or the Microsoft 365 app cannot open a chat, the button opens Microsoft Teams.',
    contactTitle: 'Who do you call when you are in doubt about a situation?',
    contactLead: 'In doubt about someone at the front desk? The card says:',
    appTitle: 'Questions about the app itself?',
    app: "Is the app not working, or is something wrong in the text? Tell your municipality's service desk or application manager. They added the app to Teams and can change its settings.",
    privacyTitle: 'Privacy',
    privacy: [
      'What you tick stays on your own screen only. When you close the page, it is gone.',
      'The app stores nothing about people: no cookies, no storage, no statistics. Your search words are not kept anywhere.',
      'The chat message contains only the names of the signals you ticked. Do not add a name, date of birth, citizen service number (BSN) or address.',
      'The page loads nothing from other websites.',
    ],
    privacyLink: 'Privacy statement',
    termsLink: 'Terms of use',
    toCard: 'To the signal card',
    otherLanguage: 'Deze pagina in het Nederlands',
  },
};

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');

/** The help page in one language, as a whole HTML document (links relative, so it works under any path). */
export function helpPage(locale: Locale): string {
  const text = HELP_TEXT[locale];
  const card = cardText(locale);
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const phone = `<a href="tel:${KMT.phoneE164}">${escapeHtml(KMT.phoneDisplay)}</a>`;
  const kmtSentence = fillTemplate(escapeHtml(card.hoeVerderKmt), { kmt: escapeHtml(KMT.name), phone });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(text.title)} – ${escapeHtml(appWords(locale).appName)}</title>
<link rel="stylesheet" href="legal/legal.css">
</head>
<body>
<main>
<h1>${escapeHtml(text.title)}</h1>
<p class="lead">${escapeHtml(text.lead)}</p>
<p><a href="${pageLink(HELP_ROUTE, other)}" hreflang="${other}" lang="${other}">${escapeHtml(text.otherLanguage)}</a></p>
<h2>${escapeHtml(text.whatTitle)}</h2>
${paragraphs(text.what)}
<h2>${escapeHtml(text.whereTitle)}</h2>
${paragraphs([text.where])}
<h2 id="contact">${escapeHtml(text.contactTitle)}</h2>
<p>${escapeHtml(text.contactLead)}</p>
<p>${kmtSentence} ${escapeHtml(card.hoeVerderAandachtsfunctionaris)}</p>
<p><a href="${KMT.websiteUrl}">${escapeHtml(KMT.websiteDisplay)}</a></p>
<h2>${escapeHtml(text.appTitle)}</h2>
${paragraphs([text.app])}
<h2>${escapeHtml(text.privacyTitle)}</h2>
<ul>
${text.privacy.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ul>
<p><a href="privacy">${escapeHtml(text.privacyLink)}</a> · <a href="terms">${escapeHtml(text.termsLink)}</a> · <a href="${pageLink(PAGES.tab.route, locale)}">${escapeHtml(text.toCard)}</a></p>
</main>
</body>
</html>
`;
}

if (require.main === module) {
  const publicDir = join(__dirname, '..', 'dist', 'public');
  for (const locale of LOCALES) {
    const file = join(publicDir, HELP_FILES[locale]);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, helpPage(locale));
    console.log(`help page ${HELP_FILES[locale]}`);
  }
}
