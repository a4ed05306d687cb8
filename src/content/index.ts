import { QUESTION_IDS, SIGNAL_IDS, TIP_IDS } from './types';

export * from './types';
export { cardText, signalGroup, signalIdsOf, questionLine, tipsSentence } from './card';
export { KMT } from './kmt';
export { MUNICIPALITIES, findMunicipality } from './municipalities';
export { splitTemplate, fillTemplate, type TemplatePart } from './template';
export * from './settings';
export { isQuestionId, isSignalId } from './ids';
export { LOCALES, isLocale, localeOf, languageOf } from './locale';
export {
  CARD_PARTS,
  HOE_VERDER_LINES,
  cardLines,
  hoeVerderLine,
  lineKey,
  lineText,
  partLines,
  partOf,
  partTitle,
  type CardLine,
  type CardPart,
  type HoeVerderLine,
} from './cardLines';
export {
  MAX_QUERY_LENGTH,
  cardPartOf,
  normalizeForSearch,
  searchCard,
  searchWords,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from './search';
export { PART_WORDS, SEARCH_SYNONYMS, STOP_WORDS, type SearchSynonym } from './searchWords';
export {
  PAGES,
  PAGE_NAMES,
  DEFAULTS_META_NAME,
  APP_ICON_PATH,
  HELP_ROUTE,
  pageLink,
  type PageName,
} from './pages';
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

export { SIGNAL_IDS, QUESTION_IDS, TIP_IDS };
