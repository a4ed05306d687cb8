import {
  KMT,
  SECTION_IDS,
  appWords,
  cardText,
  fillTemplate,
  lineText,
  partLines,
  partOf,
  partTitle,
  tipsSentence,
  type CardLine,
  type CardPart,
} from '../content';
import {
  bullet,
  card,
  facts,
  heading,
  markHit,
  marked,
  paragraph,
  type CardOptions,
  type Printed,
} from './elements';
import { cardStrings } from './strings';
import type { AdaptiveCard, CardElement, CardVersion } from './types';

/** The elements of one part: its heading and its lines, with the optional search hit marked. */
function partBody(
  part: CardPart,
  options: CardOptions,
  version: CardVersion,
  highlight?: CardLine,
): CardElement[] {
  const { locale } = options;
  const title: Printed = {
    line: { kind: 'title', part },
    block: heading(partTitle(part, locale), version, part === 'intro' ? 'Large' : 'Medium'),
  };
  switch (part) {
    case 'hoe-verder':
      return []; // every card ends with "Hoe verder?" already
    case 'tips': {
      // The card prints the tips as one sentence; a hit is shown on its own above it.
      const tip = highlight?.kind === 'tip' ? highlight : undefined;
      return [
        ...markHit([title], locale, highlight),
        ...(tip ? [marked(locale, bullet(lineText(tip, locale)))] : []),
        paragraph(tipsSentence(cardText(locale))),
      ];
    }
    default: {
      // The introduction's paragraphs as paragraphs; signals and questions as the card's bulleted lists.
      const print = part === 'intro' ? paragraph : bullet;
      const lines = partLines(part).map((line) => ({ line, block: print(lineText(line, locale)) }));
      return markHit([title, ...lines], locale, highlight);
    }
  }
}

/** The whole signal card: title, introduction, the signals, tips and questions, and "Hoe verder?". */
export function buildSignalCard(options: CardOptions): AdaptiveCard {
  const version = options.version ?? '1.5';
  const text = cardText(options.locale);
  const body: CardElement[] = [
    ...partBody('intro', options, version),
    ...SECTION_IDS.flatMap((section) => partBody(section, options, version)),
  ];
  return card(options, text.title, body);
}

/** The app's name, with its icon when the deployment's address is known. */
function appHeader(options: CardOptions): CardElement {
  const name = paragraph(appWords(options.locale).appName, { size: 'Small', isSubtle: true });
  if (!options.iconUrl) return name;
  return {
    type: 'ColumnSet',
    columns: [
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [
          { type: 'Image', url: options.iconUrl, altText: appWords(options.locale).appName, size: 'Small' },
        ],
      },
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [name] },
    ],
  };
}

/**
 * One part of the card as a search result: the app's icon and name, facts (what was found, what the part holds,
 * the language, KMT's number), the part with the search hit marked, "Hoe verder?" and the buttons. The tab's URL is
 * the card's metadata, so a host can link to the source.
 */
export function buildSectionCard(
  part: CardPart,
  options: CardOptions & { highlight?: CardLine },
): AdaptiveCard {
  const version = options.version ?? '1.5';
  const strings = cardStrings(options.locale);
  const highlight = options.highlight && partOf(options.highlight) === part ? options.highlight : undefined;
  const summary: [string, string][] = [
    ...(highlight ? [[strings.factFound, strings.lineKind[highlight.kind]] as [string, string]] : []),
    [strings.factContents, fillTemplate(strings.partContents[part], { n: String(partLines(part).length) })],
    [strings.factLanguage, strings.languageName],
    [strings.factInDoubt, fillTemplate(strings.callKmt, { phone: KMT.phoneDisplay })],
  ];
  const body: CardElement[] = [
    appHeader(options),
    facts(summary),
    ...partBody(part, options, version, highlight),
  ];
  return card(options, `${cardText(options.locale).title}: ${partTitle(part, options.locale)}`, body, {
    highlight,
    metadata: true,
  });
}
