// The bundle and style budgets as pure functions, so the build check, the bench and the tests share one rule; and
// the one reader of the prerendered pages' CSS sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageName } from '../src/content';
import type { PageIndex } from '../src/server/pages';

/** Gzipped bytes each page may load before it is interactive (README, Prestaties). */
export const INITIAL_JS_BUDGET: Readonly<Record<string, number>> = { tab: 120 * 1024 };

/**
 * Bytes of CSS each page's HTML may carry in its <style> elements, in every language and theme (README,
 * Prestaties): the text the browser parses before the first paint.
 */
export const STYLE_BUDGET = {
  tab: 20 * 1024,
  config: 14 * 1024,
  'dialog-signalen': 20 * 1024,
} satisfies Readonly<Record<PageName, number>> as Readonly<Record<string, number>>;

/** What dist/entries.json lists per page (webpack.config.js, EntryFilesPlugin). */
export type EntryFiles = { initial: readonly string[]; beforeInteractive: readonly string[] };

export type EntrySize = {
  entry: string;
  /** Every file loaded before the page is interactive, with its gzipped size. */
  files: { file: string; gzip: number }[];
  /** Gzipped bytes of the boot code the HTML carries inline, which runs before the first paint. */
  initial: number;
  /** Gzipped bytes of all of `files`: what the budget counts. */
  total: number;
  budget?: number;
};
export type BudgetReport = { entries: EntrySize[]; problems: string[] };

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Sums the gzipped size of the files each entry loads before it is interactive (dist/entries.json) and lists
 * every entry over its budget, and every budgeted entry that the build did not produce.
 */
export function checkBudget(
  entries: Readonly<Record<string, EntryFiles>>,
  gzipSize: (file: string) => number,
  budgets: Readonly<Record<string, number>> = INITIAL_JS_BUDGET,
): BudgetReport {
  const problems: string[] = [];
  const sizes = Object.entries(entries).map(([entry, { initial, beforeInteractive }]): EntrySize => {
    const files = beforeInteractive.map((file) => ({ file, gzip: gzipSize(file) }));
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const initialBytes = files.filter((f) => initial.includes(f.file)).reduce((sum, f) => sum + f.gzip, 0);
    return { entry, files, initial: initialBytes, total, budget: budgets[entry] };
  });
  for (const size of sizes) {
    if (size.budget !== undefined && size.total > size.budget) {
      const largest = [...size.files].sort((a, b) => b.gzip - a.gzip)[0];
      problems.push(
        `JavaScript before "${size.entry}" is interactive is ${kb(size.total)} gzipped, over its budget of ${kb(size.budget)} ` +
          `by ${kb(size.total - size.budget)} (largest file: ${largest?.file} ${kb(largest?.gzip ?? 0)}). ` +
          'Load what first paint does not need with import(), or move it to its own entry.',
      );
    }
  }
  for (const entry of Object.keys(budgets)) {
    if (!(entry in entries)) problems.push(`The build has no entry "${entry}", which has a budget.`);
  }
  return { entries: sizes, problems };
}

/** The script files in `assetFiles` that no page needs before it is interactive: the lazy chunks. */
export function lazyChunks(
  entries: Readonly<Record<string, EntryFiles>>,
  assetFiles: readonly string[],
): string[] {
  const needed = new Set(Object.values(entries).flatMap((e) => e.beforeInteractive));
  return assetFiles.filter((file) => file.endsWith('.js') && !needed.has(file));
}

/** Bytes (UTF-8) of the text of all <style> elements of an HTML page. */
export function styleBytes(html: string): number {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1] ?? ''),
    0,
  );
}

/** The CSS of one prerendered form of a page (`tab.nl.dark.html`). */
export type PageStyle = { page: string; file: string; bytes: number };

/** The CSS bytes of every prerendered form of every page, as dist/pages/pages.json lists them. */
export function pageStyles(pagesDir: string): PageStyle[] {
  const index = JSON.parse(readFileSync(join(pagesDir, 'pages.json'), 'utf8')) as PageIndex;
  return Object.entries(index).flatMap(([page, locales]) =>
    Object.values(locales).flatMap((themes) =>
      Object.values(themes).map(({ file }) => ({
        page,
        file,
        bytes: styleBytes(readFileSync(join(pagesDir, file), 'utf8')),
      })),
    ),
  );
}

/** The language and theme of a page form, from its file name: `tab.nl.dark.html` -> `nl dark`. */
export const variantOf = (file: string): string => file.split('.').slice(1, -1).join(' ');

/** Every page form whose CSS is over its page's budget, and every budgeted page the build did not produce. */
export function checkStyleBudget(
  pages: readonly PageStyle[],
  budgets: Readonly<Record<string, number>> = STYLE_BUDGET,
): string[] {
  const problems = pages
    .filter(({ page, bytes }) => budgets[page] !== undefined && bytes > budgets[page])
    .map(
      ({ page, file, bytes }) =>
        `The CSS of ${file} is ${kb(bytes)}, over the budget of "${page}" of ${kb(budgets[page]!)}. ` +
        'Use fewer or lighter Fluent components on it, or load what the first paint does not show later.',
    );
  for (const page of Object.keys(budgets))
    if (!pages.some((style) => style.page === page))
      problems.push(`The build has no page "${page}", which has a CSS budget.`);
  return problems;
}
