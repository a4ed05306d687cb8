// JavaScript per page, gzipped, and CSS per page and variant, against their budgets (the same rules as the build
// check).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudget, kb, lazyChunks, pageStyles, STYLE_BUDGET, variantOf, type EntryFiles } from '../budget';
import { DIST } from './app';

export function printSizes(): void {
  const assets = join(DIST, 'public', 'assets');
  const entries = JSON.parse(readFileSync(join(DIST, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
  const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  const report = checkBudget(entries, gz);
  console.log('\nJavaScript, gzipped (gzip -9): before the first paint / before interactive');
  for (const e of report.entries)
    console.log(
      `page    ${e.entry.padEnd(16)} ${kb(e.initial).padStart(9)} / ${kb(e.total).padStart(9)}` +
        `${e.budget ? ` (budget ${kb(e.budget)}${e.total > e.budget ? ', OVER' : ''})` : ''}`,
    );
  for (const file of lazyChunks(entries, readdirSync(assets)))
    console.log(`lazy    ${file.padEnd(32)} ${kb(gz(file)).padStart(9)}`);

  const styles = pageStyles(join(DIST, 'pages'));
  console.log('\nCSS in the HTML (bytes of all <style> elements), per page, language and theme');
  for (const page of new Set(styles.map((style) => style.page))) {
    const forms = styles
      .filter((style) => style.page === page)
      .map(({ file, bytes }) => `${variantOf(file)} ${kb(bytes)}`);
    const budget = STYLE_BUDGET[page];
    console.log(`page    ${page.padEnd(16)} ${forms.join(', ')}${budget ? ` (budget ${kb(budget)})` : ''}`);
  }
}
