// Runs `npm run build` when dist/ is missing or older than what it is built from, so `npm start` and the
// browser suite always use the current sources without rebuilding every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist/server/main.js');
// The build writes these in separate steps; the oldest of them says when the build last ran in full.
const outputs = ['dist/server/main.js', 'dist/entries.json', 'dist/pages/pages.json'].map((f) =>
  path.join(root, f),
);
const inputs = [
  'src',
  'assets',
  'scripts',
  'webpack.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

function newest(file) {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

const builtAt = outputs.every((f) => existsSync(f))
  ? Math.min(...outputs.map((f) => statSync(f).mtimeMs))
  : 0;
const changedAt = Math.max(...inputs.map((name) => newest(path.join(root, name))));
if (builtAt >= changedAt) {
  console.log('dist/ is up to date.');
} else {
  console.log(
    builtAt ? 'Sources changed since the last build: npm run build' : 'No build yet: npm run build',
  );
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed, so the browser suite cannot run.');
    process.exit(result.status ?? 1);
  }
  if (!existsSync(output)) {
    console.error(`The build did not write ${path.relative(root, output)}.`);
    process.exit(1);
  }
}
