export type * from './types';
export { CARD_STRINGS, cardStrings, type CardStrings } from './strings';
export { escapeMarkdown } from './markdown';
export { type CardOptions } from './elements';
export { buildSignalCard, buildSectionCard } from './signalCard';
export { buildSummaryCard, type Observation } from './summaryCard';
