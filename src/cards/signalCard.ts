import {
  HOE_VERDER_LINES,
  KMT,
  QUESTION_IDS,
  SECTION_IDS,
  TIP_IDS,
  appWords,
  cardText,
  fillTemplate,
  lineKey,
  partOf,
  partTitle,
  questionLine,
  signalIdsOf,
  tipsSentence,
  type CardLine,
  type CardPart,
} from '../content';
import { bullet, card, facts, heading, marked, paragraph, type CardOptions } from './elements';
import { cardStrings } from './strings';
import type { AdaptiveCard, CardElement, CardVersion, TextBlock } from './types';

/** A line of a part with its text as the card prints it there. */
type Printed = { line: CardLine; block: TextBlock };

function markHit(printed: readonly Printed[], options: CardOptions, highlight?: CardLine): CardElement[] {
  const hit = highlight && lineKey(highlight);
  return printed.map(({ line, block }) => (lineKey(line) === hit ? marked(options.locale, block) : block));
}

/** The elements of one part: its heading and its content, with the optional search hit marked. */
function partBody(
  part: CardPart,
  options: CardOptions,
  version: CardVersion,
  highlight?: CardLine,
): CardElement[] {
  const text = cardText(options.locale);
  const title: Printed = {
    line: { kind: 'title', part },
    block: heading(partTitle(part, options.locale), version, part === 'intro' ? 'Large' : 'Medium'),
  };
  switch (part) {
    case 'intro':
      return markHit(
        [
          title,
          ...text.intro.map((line, index) => ({
            line: { kind: 'intro', index } as const,
            block: paragraph(line),
          })),
        ],
        options,
        highlight,
      );
    case 'slachtoffer':
    case 'begeleider':
      return markHit(
        [
          title,
          ...signalIdsOf(part).map((id) => ({
            line: { kind: 'signal', id } as const,
            block: bullet(text.signals[id]),
          })),
        ],
        options,
        highlight,
      );
    case 'tips': {
      // The card prints the tips as one sentence; a hit is shown on its own above it.
      const tip = highlight?.kind === 'tip' && TIP_IDS.includes(highlight.id) ? highlight.id : undefined;
      return [
        ...markHit([title], options, highlight),
        ...(tip ? [marked(options.locale, bullet(text.tips[tip]))] : []),
        paragraph(tipsSentence(text)),
      ];
    }
    case 'vragen':
      return markHit(
        [
          title,
          ...QUESTION_IDS.map((id) => ({
            line: { kind: 'question', id } as const,
            block: bullet(questionLine(text.questions[id])),
          })),
        ],
        options,
        highlight,
      );
    case 'hoe-verder':
      return []; // every card ends with "Hoe verder?" already
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

/** How many lines a part has, for its "contents" fact. */
function lineCount(part: CardPart, options: CardOptions): number {
  const text = cardText(options.locale);
  switch (part) {
    case 'slachtoffer':
    case 'begeleider':
      return signalIdsOf(part).length;
    case 'tips':
      return TIP_IDS.length;
    case 'vragen':
      return QUESTION_IDS.length;
    case 'hoe-verder':
      return HOE_VERDER_LINES.length;
    case 'intro':
      return text.intro.length;
  }
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
    [strings.factContents, fillTemplate(strings.partContents[part], { n: String(lineCount(part, options)) })],
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
