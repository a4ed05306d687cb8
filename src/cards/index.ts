export type * from './types';
export { CARD_STRINGS, cardStrings, type CardStrings } from './strings';
export { escapeMarkdown } from './markdown';
export { type CardOptions } from './elements';
export { buildSignalCard, buildSectionCard, sectionOf, type Highlight } from './signalCard';
export { buildSummaryCard, type Observation } from './summaryCard';
export {
  searchCard,
  normalizeForSearch,
  MAX_QUERY_LENGTH,
  type SearchHit,
  type SearchResult,
} from './search';
