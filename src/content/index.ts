import { cardEn } from './en';
import { cardNl } from './nl';
import { fillTemplate } from './template';
import {
  QUESTION_IDS,
  SIGNAL_IDS,
  TIP_IDS,
  type CardText,
  type Locale,
  type QuestionText,
  type SignalGroup,
  type SignalId,
} from './types';

export * from './types';
export { KMT } from './kmt';
export { MUNICIPALITIES, findMunicipality } from './municipalities';
export { splitTemplate, fillTemplate, type TemplatePart } from './template';
export * from './settings';
export { isQuestionId, isSignalId } from './ids';
export { LOCALES, isLocale, localeOf } from './locale';
export { PAGES, PAGE_NAMES, DEFAULTS_META_NAME, type PageName } from './pages';
export { isRecord } from './record';
export { appWords, type AppWords } from './words';
export * from './hostContext';
export { tabUrl, parseTabEndpoint, type EndpointProblem, type TabEndpoint } from './tabUrl';
export {
  validateSubmission,
  MAX_SUBMISSION_CHARS,
  type SignalenSubmission,
  type ValidSubmission,
  type SubmissionProblem,
} from './submission';

/** The card's text in the given language. */
export function cardText(locale: Locale): CardText {
  return locale === 'en' ? cardEn : cardNl;
}

/** The group a signal belongs to, read from its id. */
export function signalGroup(id: SignalId): SignalGroup {
  return id.startsWith('begeleider-') ? 'begeleider' : 'slachtoffer';
}

/** The signal ids of one group, in card order. */
export function signalIdsOf(group: SignalGroup): SignalId[] {
  return SIGNAL_IDS.filter((id) => signalGroup(id) === group);
}

/** A question as printed, e.g. "Indien van toepassing: wat is je relatie met je begeleider?". */
export function questionLine(question: QuestionText): string {
  return question.condition ? `${question.condition}: ${question.text}` : question.text;
}

/** The tips as one sentence, as printed after "Tips:". */
export function tipsSentence(card: CardText): string {
  return fillTemplate(card.tipsSentence, card.tips);
}

export { SIGNAL_IDS, QUESTION_IDS, TIP_IDS };
