// Fails the build when a page's initial JavaScript or its CSS is over budget. Run after precompress (it reads the .gz
// files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  checkBudget,
  checkStyleBudget,
  kb,
  lazyChunks,
  pageStyles,
  STYLE_BUDGET,
  variantOf,
  type EntryFiles,
} from './budget';

const dist = join(__dirname, '..', 'dist');
const assets = join(dist, 'public', 'assets');
const entries = JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
/** The size the server sends: the precompressed .gz (gzip -9) when the build wrote it. */
const gzipSize = (file: string): number => {
  const path = join(assets, file);
  return existsSync(`${path}.gz`)
    ? statSync(`${path}.gz`).size
    : gzipSync(readFileSync(path), { level: 9 }).length;
};

const report = checkBudget(entries, gzipSize);
for (const { entry, files, initial, total, budget } of report.entries) {
  const of = budget === undefined ? '' : ` of ${kb(budget)} budget`;
  console.log(
    `${entry}: JS before interactive ${kb(total)} gzipped${of}, of which ${kb(initial)} before the first paint ` +
      `(${files.map((f) => f.file).join(', ')})`,
  );
}
const lazy = lazyChunks(entries, readdirSync(assets));
console.log(`lazy chunks: ${lazy.map((f) => `${f} ${kb(gzipSize(f))}`).join(', ')}`);

const styles = pageStyles(join(dist, 'pages'));
for (const page of new Set(styles.map((style) => style.page))) {
  const sizes = styles.filter((style) => style.page === page);
  const budget = STYLE_BUDGET[page] === undefined ? '' : ` of ${kb(STYLE_BUDGET[page])} budget`;
  console.log(`${page}: CSS ${sizes.map((s) => `${variantOf(s.file)} ${kb(s.bytes)}`).join(', ')}${budget}`);
}
const problems = [...report.problems, ...checkStyleBudget(styles)];
if (problems.length) {
  console.error(`\nBudget exceeded:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
