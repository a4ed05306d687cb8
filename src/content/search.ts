import {
  CARD_PARTS,
  cardLines,
  lineKey,
  lineText,
  partOf,
  partTitle,
  type CardLine,
  type CardPart,
} from './cardLines';
import { LOCALES } from './locale';
import { PART_WORDS, SEARCH_SYNONYMS, STOP_WORDS } from './searchWords';
import type { Locale } from './types';

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

/** A line of the card that matches a search, in the language it is shown in. */
export type SearchHit = { line: CardLine; part: CardPart; locale: Locale; text: string };

export type SearchResult = { kind: 'empty' } | { kind: 'hits'; hits: SearchHit[] } | { kind: 'too-long' };

export type SearchOptions = {
  /** Only lines of this part of the card. */
  part?: CardPart | null;
  /** Show every hit in this language, whichever language matched. */
  locale?: Locale | null;
};

type Entry = {
  line: CardLine;
  key: string;
  part: CardPart;
  order: number;
  text: Record<Locale, string>;
  /** Normalised, with a leading space so " word" finds the start of a word. */
  normalized: Record<Locale, string>;
};

// The items of a section are found by the section's title too ("begeleider betaalt", "tips collega"), as the card
// prints them under it; titles and the introduction stand on their own.
function searchable(line: CardLine, locale: Locale): string {
  const text = lineText(line, locale);
  return line.kind === 'title' || line.kind === 'intro' ? text : `${partTitle(partOf(line), locale)} ${text}`;
}

// Built once at start-up: a query scans a few dozen short strings per language.
const INDEX: readonly Entry[] = cardLines().map((line, order) => ({
  line,
  key: lineKey(line),
  part: partOf(line),
  order,
  text: { nl: lineText(line, 'nl'), en: lineText(line, 'en') },
  normalized: {
    nl: ` ${normalizeForSearch(searchable(line, 'nl'))}`,
    en: ` ${normalizeForSearch(searchable(line, 'en'))}`,
  },
}));

const SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  SEARCH_SYNONYMS.flatMap(({ words, finds }) =>
    words.map((word) => [word, new Set(finds.map(lineKey))] as const),
  ),
);

/** The words a search looks for: normalised, without stop words and single letters unless that leaves nothing. */
export function searchWords(query: string): string[] {
  const words = [...new Set(normalizeForSearch(query).split(' ').filter(Boolean))];
  const meaningful = words.filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return meaningful.length ? meaningful : words;
}

type Match = { found: number; whole: number; starts: number };

/** How well an entry matches in one language: words found, of those found as whole words, and at a word start. */
function matchIn(entry: Entry, words: readonly string[], locale: Locale): Match {
  const text = `${entry.normalized[locale]} `;
  const match: Match = { found: 0, whole: 0, starts: 0 };
  for (const word of words) {
    const synonym = SYNONYMS.get(word)?.has(entry.key) ?? false;
    if (!synonym && !text.includes(word)) continue;
    match.found += 1;
    if (synonym || text.includes(` ${word} `)) match.whole += 1;
    if (synonym || text.includes(` ${word}`)) match.starts += 1;
  }
  return match;
}

/** The parts that a single word of the search names ("begeleider", "tips", "questions"). */
function partsNamed(words: readonly string[]): Set<CardPart> {
  return new Set(
    CARD_PARTS.filter((part) => [part, ...PART_WORDS[part]].some((name) => words.includes(name))),
  );
}

/**
 * Searches the whole card (titles, introduction, signals, tips, questions, "Hoe verder?") in Dutch and English,
 * ignoring case and accents, with the reviewed synonyms. Lines that have every word come first; when no line has
 * them all (a sentence rather than a search term), lines with the most of them. A hit is shown in `preferred` when
 * it matches there, else in the language that matched, unless `options.locale` fixes the language. Within the same
 * number of words: lines of a part the search names ("begeleider"), then whole words, then word starts, then card
 * order.
 */
export function searchCard(query: string, preferred: Locale, options: SearchOptions = {}): SearchResult {
  const trimmed = query.trim();
  if (trimmed.length > MAX_QUERY_LENGTH) return { kind: 'too-long' };
  const words = searchWords(trimmed);
  if (!words.length) return { kind: 'empty' };

  const named = partsNamed(words);
  const scored: (Match & { hit: SearchHit; named: number; order: number })[] = [];
  for (const entry of INDEX) {
    if (options.part && entry.part !== options.part) continue;
    const per = LOCALES.map((locale) => ({ locale, ...matchIn(entry, words, locale) }));
    const best = Math.max(...per.map((p) => p.found));
    if (best === 0) continue;
    const matched =
      per.find((p) => p.locale === preferred && p.found === best) ?? per.find((p) => p.found === best)!;
    const locale = options.locale ?? matched.locale;
    scored.push({
      hit: { line: entry.line, part: entry.part, locale, text: entry.text[locale] },
      found: matched.found,
      whole: matched.whole,
      starts: matched.starts,
      named: named.has(entry.part) ? 1 : 0,
      order: entry.order,
    });
  }
  const complete = scored.filter((s) => s.found === words.length);
  const hits = complete.length ? complete : scored;
  hits.sort(
    (a, b) =>
      b.found - a.found || b.named - a.named || b.whole - a.whole || b.starts - a.starts || a.order - b.order,
  );
  return { kind: 'hits', hits: hits.map((s) => s.hit) };
}

/**
 * The part of the card a value names, for the search command's "onderdeel" parameter: its id, its title in either
 * language, or a word that names it ("vragen", "victim"). Null when the value names no part, or more than one.
 */
export function cardPartOf(value: unknown): CardPart | null {
  if (typeof value !== 'string' || value.length > MAX_QUERY_LENGTH) return null;
  const normalized = ` ${normalizeForSearch(value)} `;
  if (!normalized.trim()) return null;
  const named = CARD_PARTS.filter((part) =>
    [part, partTitle(part, 'nl'), partTitle(part, 'en'), ...PART_WORDS[part]]
      .map((name) => ` ${normalizeForSearch(name)} `)
      .some((name) => normalized === name || (name.trim().length > 2 && normalized.includes(name))),
  );
  return named.length === 1 ? named[0]! : null;
}
