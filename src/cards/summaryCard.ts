import {
  QUESTION_IDS,
  SIGNAL_GROUPS,
  cardText,
  questionLine,
  signalIdsOf,
  type Municipality,
  type QuestionId,
  type SignalId,
} from '../content';
import { bullet, card, heading, paragraph, type CardOptions } from './elements';
import { cardStrings } from './strings';
import type { AdaptiveCard, CardElement } from './types';

/** What was observed at the counter, as ids: the only input the summary has, so it cannot carry personal data. */
export type Observation = {
  signalen: readonly SignalId[];
  vragen: readonly QuestionId[];
  gemeente: Municipality | null;
};

/**
 * The anonymous observation summary: the ticked signals grouped by who they are about, the asked questions, the
 * municipality and a fixed line that it holds no personal data. Ids are shown in card order, each once.
 */
export function buildSummaryCard(observation: Observation, options: CardOptions): AdaptiveCard {
  const version = options.version ?? '1.5';
  const text = cardText(options.locale);
  const strings = cardStrings(options.locale);
  const signalen = new Set(observation.signalen);
  const vragen = new Set(observation.vragen);

  const seen: CardElement[] = SIGNAL_GROUPS.flatMap((group) => {
    const ticked = signalIdsOf(group).filter((id) => signalen.has(id));
    if (!ticked.length) return [];
    return [
      paragraph(text.sectionTitles[group], { weight: 'Bolder', spacing: 'Small' }),
      ...ticked.map((id) => bullet(text.signals[id])),
    ];
  });
  const asked = QUESTION_IDS.filter((id) => vragen.has(id)).map((id) =>
    bullet(questionLine(text.questions[id])),
  );

  const body: CardElement[] = [
    heading(strings.summaryTitle, version, 'Large'),
    paragraph(`${strings.municipality}: ${observation.gemeente?.name ?? strings.noMunicipality}`),
    heading(strings.seen, version),
    ...(seen.length ? seen : [paragraph(strings.nothingSeen)]),
    heading(strings.asked, version),
    ...(asked.length ? asked : [paragraph(strings.nothingAsked)]),
    paragraph(strings.noPersonalData, { isSubtle: true, size: 'Small', spacing: 'Medium' }),
  ];
  return card(options, strings.summaryTitle, body);
}
