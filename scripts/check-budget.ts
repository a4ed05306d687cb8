// Fails the build when a page's initial JavaScript is over budget. Run after precompress (it reads the .gz files).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudget, kb, lazyChunks, type EntryFiles } from './budget';

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
if (report.problems.length) {
  console.error(`\nBundle budget exceeded:\n${report.problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
