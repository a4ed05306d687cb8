import {
  LOCALES,
  QUESTION_IDS,
  SIGNAL_IDS,
  cardText,
  questionLine,
  signalGroup,
  type Locale,
  type SectionId,
} from '../content';
import { sectionOf, type Highlight } from './signalCard';

/** Longest search the message extension accepts, in characters. */
export const MAX_QUERY_LENGTH = 100;

/** Lower case, accents removed, punctuation as spaces: "Wèrk/Paspoort" -> "werk paspoort". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A signal or question that matches a search, with the language it is shown in. */
export type SearchHit = { highlight: Highlight; section: SectionId; locale: Locale; text: string };

export type SearchResult = { kind: 'sections' } | { kind: 'hits'; hits: SearchHit[] } | { kind: 'too-long' };

type Entry = {
  highlight: Highlight;
  order: number;
  text: Record<Locale, string>;
  normalized: Record<Locale, string>;
};

// A signal is found by its group's title too ("begeleider betaalt"), as the card prints it under that title.
function entry(highlight: Highlight, order: number, textOf: (locale: Locale) => string): Entry {
  const text = { nl: textOf('nl'), en: textOf('en') };
  const searchable = (l: Locale) =>
    highlight.kind === 'signal'
      ? `${cardText(l).sectionTitles[signalGroup(highlight.id)]} ${text[l]}`
      : text[l];
  return {
    highlight,
    order,
    text,
    normalized: {
      nl: ` ${normalizeForSearch(searchable('nl'))}`,
      en: ` ${normalizeForSearch(searchable('en'))}`,
    },
  };
}

// Built once at start-up, so a query only scans 36 short strings per language.
const INDEX: readonly Entry[] = [
  ...SIGNAL_IDS.map((id, i) => entry({ kind: 'signal', id }, i, (l) => cardText(l).signals[id])),
  ...QUESTION_IDS.map((id, i) =>
    entry({ kind: 'question', id }, SIGNAL_IDS.length + i, (l) => questionLine(cardText(l).questions[id])),
  ),
];

/**
 * Searches the signals and questions in Dutch and English, ignoring case and accents; every word of the query
 * must occur. A hit is shown in the preferred language when it matches there, else in the language that matched.
 * Hits that match at the start of words come first, then card order.
 */
export function searchCard(query: string, preferred: Locale): SearchResult {
  const trimmed = query.trim();
  if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'too-long' };
  const words = normalizeForSearch(trimmed).split(' ').filter(Boolean);
  if (!words.length) return { kind: 'sections' };

  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  for (const item of INDEX) {
    const matched = LOCALES.filter((l) => words.every((w) => item.normalized[l].includes(w)));
    if (!matched.length) continue;
    const locale = matched.includes(preferred) ? preferred : (matched[0] as Locale);
    const score = words.filter((w) => item.normalized[locale].includes(` ${w}`)).length;
    scored.push({
      hit: { highlight: item.highlight, section: sectionOf(item.highlight), locale, text: item.text[locale] },
      score,
      order: item.order,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return { kind: 'hits', hits: scored.map((s) => s.hit) };
}
