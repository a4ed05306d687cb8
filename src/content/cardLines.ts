import { cardText, questionLine, signalGroup, signalIdsOf } from './card';
import { KMT } from './kmt';
import { fillTemplate } from './template';
import {
  QUESTION_IDS,
  SECTION_IDS,
  TIP_IDS,
  type Locale,
  type QuestionId,
  type SectionId,
  type SignalId,
  type TipId,
} from './types';

/** A part of the card: the introduction (under the card's title) or one of its sections. */
export type CardPart = 'intro' | SectionId;

/** The parts in the order of the printed card. */
export const CARD_PARTS: readonly CardPart[] = ['intro', ...SECTION_IDS];

/** The lines of "Hoe verder?": KMT by phone, the own aandachtsfunctionaris, KMT's website. */
export const HOE_VERDER_LINES = ['kmt', 'aandachtsfunctionaris', 'website'] as const;
export type HoeVerderLine = (typeof HOE_VERDER_LINES)[number];

/**
 * One line of the card that can be found and marked: the title of the card or of a section, a paragraph of the
 * introduction, a signal, a tip, a question, or a line of "Hoe verder?".
 */
export type CardLine =
  | { kind: 'title'; part: CardPart }
  | { kind: 'intro'; index: number }
  | { kind: 'signal'; id: SignalId }
  | { kind: 'tip'; id: TipId }
  | { kind: 'question'; id: QuestionId }
  | { kind: 'hoe-verder'; id: HoeVerderLine };

/** The part of the card a line is printed in. */
export function partOf(line: CardLine): CardPart {
  switch (line.kind) {
    case 'title':
      return line.part;
    case 'intro':
      return 'intro';
    case 'signal':
      return signalGroup(line.id);
    case 'tip':
      return 'tips';
    case 'question':
      return 'vragen';
    case 'hoe-verder':
      return 'hoe-verder';
  }
}

/** A stable name for a line, e.g. `signal:slachtoffer-bang` or `title:tips`: for lists and cache keys. */
export function lineKey(line: CardLine): string {
  switch (line.kind) {
    case 'title':
      return `title:${line.part}`;
    case 'intro':
      return `intro:${line.index}`;
    default:
      return `${line.kind}:${line.id}`;
  }
}

/** The title of a part: the card's own title for the introduction. */
export function partTitle(part: CardPart, locale: Locale): string {
  const text = cardText(locale);
  return part === 'intro' ? text.title : text.sectionTitles[part];
}

/** A line of "Hoe verder?" as printed, with KMT's name and number in plain text. */
export function hoeVerderLine(id: HoeVerderLine, locale: Locale): string {
  const text = cardText(locale);
  switch (id) {
    case 'kmt':
      return fillTemplate(text.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay });
    case 'aandachtsfunctionaris':
      return text.hoeVerderAandachtsfunctionaris;
    case 'website':
      return KMT.websiteDisplay;
  }
}

/** The text of a line as printed, in one language. */
export function lineText(line: CardLine, locale: Locale): string {
  const text = cardText(locale);
  switch (line.kind) {
    case 'title':
      return partTitle(line.part, locale);
    case 'intro':
      return text.intro[line.index] ?? '';
    case 'signal':
      return text.signals[line.id];
    case 'tip':
      return text.tips[line.id];
    case 'question':
      return questionLine(text.questions[line.id]);
    case 'hoe-verder':
      return hoeVerderLine(line.id, locale);
  }
}

/** Every line of the card in the order of the printed card, each part's title first. */
export function cardLines(): CardLine[] {
  const titled = (part: CardPart, lines: CardLine[]): CardLine[] => [{ kind: 'title', part }, ...lines];
  return [
    ...titled(
      'intro',
      cardText('nl').intro.map((_, index): CardLine => ({ kind: 'intro', index })),
    ),
    ...titled(
      'slachtoffer',
      signalIdsOf('slachtoffer').map((id): CardLine => ({ kind: 'signal', id })),
    ),
    ...titled(
      'begeleider',
      signalIdsOf('begeleider').map((id): CardLine => ({ kind: 'signal', id })),
    ),
    ...titled(
      'tips',
      TIP_IDS.map((id): CardLine => ({ kind: 'tip', id })),
    ),
    ...titled(
      'vragen',
      QUESTION_IDS.map((id): CardLine => ({ kind: 'question', id })),
    ),
    ...titled(
      'hoe-verder',
      HOE_VERDER_LINES.map((id): CardLine => ({ kind: 'hoe-verder', id })),
    ),
  ];
}

/** The lines printed under a part's title, in card order. */
export function partLines(part: CardPart): CardLine[] {
  return cardLines().filter((line) => line.kind !== 'title' && partOf(line) === part);
}
