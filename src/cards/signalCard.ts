import {
  QUESTION_IDS,
  SECTION_IDS,
  cardText,
  questionLine,
  signalGroup,
  signalIdsOf,
  tipsSentence,
  type QuestionId,
  type SectionId,
  type SignalId,
} from '../content';
import { bullet, card, heading, paragraph, type CardOptions } from './elements';
import { cardStrings } from './strings';
import type { AdaptiveCard, CardElement, CardVersion } from './types';

/** A search hit to mark in a section card. */
export type Highlight = { kind: 'signal'; id: SignalId } | { kind: 'question'; id: QuestionId };

/** The section a signal or question is printed in. */
export function sectionOf(highlight: Highlight): SectionId {
  if (highlight.kind === 'question') return 'vragen';
  return signalGroup(highlight.id);
}

function items(
  lines: readonly { id: string; text: string }[],
  options: CardOptions,
  highlight?: Highlight,
): CardElement[] {
  return lines.flatMap(({ id, text }): CardElement[] => {
    if (highlight?.id !== id) return [bullet(text)];
    return [
      {
        type: 'Container',
        style: 'emphasis',
        spacing: 'Small',
        items: [
          paragraph(cardStrings(options.locale).found, { size: 'Small', weight: 'Bolder', color: 'Accent' }),
          bullet(text, { weight: 'Bolder', color: 'Accent', spacing: 'None' }),
        ],
      },
    ];
  });
}

/** The elements of one section: its heading and its content, with the optional search hit marked. */
function sectionBody(
  section: SectionId,
  options: CardOptions,
  version: CardVersion,
  highlight?: Highlight,
): CardElement[] {
  const text = cardText(options.locale);
  const title = heading(text.sectionTitles[section], version);
  switch (section) {
    case 'slachtoffer':
    case 'begeleider':
      return [
        title,
        ...items(
          signalIdsOf(section).map((id) => ({ id, text: text.signals[id] })),
          options,
          highlight,
        ),
      ];
    case 'tips':
      return [title, paragraph(tipsSentence(text))];
    case 'vragen':
      return [
        title,
        ...items(
          QUESTION_IDS.map((id) => ({ id, text: questionLine(text.questions[id]) })),
          options,
          highlight,
        ),
      ];
    case 'hoe-verder':
      return []; // every card ends with "Hoe verder?" already
  }
}

/** The whole signal card: title, introduction, the signals, tips and questions, and "Hoe verder?". */
export function buildSignalCard(options: CardOptions): AdaptiveCard {
  const version = options.version ?? '1.5';
  const text = cardText(options.locale);
  const body: CardElement[] = [
    heading(text.title, version, 'Large'),
    ...text.intro.map((line) => paragraph(line)),
    ...SECTION_IDS.flatMap((section) => sectionBody(section, options, version)),
  ];
  return card(options, text.title, body);
}

/** One section of the card (under the card's title), with an optional search hit marked. */
export function buildSectionCard(
  section: SectionId,
  options: CardOptions & { highlight?: Highlight },
): AdaptiveCard {
  const version = options.version ?? '1.5';
  const text = cardText(options.locale);
  const highlight =
    options.highlight && sectionOf(options.highlight) === section ? options.highlight : undefined;
  const body: CardElement[] = [
    paragraph(text.title, { size: 'Small', isSubtle: true }),
    ...sectionBody(section, options, version, highlight),
  ];
  return card(options, `${text.title}: ${text.sectionTitles[section]}`, body);
}
