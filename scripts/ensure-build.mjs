// Runs `npm run build` when dist/ is missing or older than what it is built from, so `npm start` and the
// browser suite always use the current sources without rebuilding every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist/server/main.js');
// Written after a full, successful build. Build outputs themselves are no clock: webpack leaves a file
// untouched when its content did not change.
const stamp = path.join(root, 'dist/.built');
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

const builtAt = existsSync(stamp) && existsSync(output) ? statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((name) => newest(path.join(root, name))));
if (builtAt >= changedAt) {
  console.log('dist/ is up to date.');
} else {
  console.log(
    builtAt ? 'Sources changed since the last build: npm run build' : 'No build yet: npm run build',
  );
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed.');
    process.exit(result.status ?? 1);
  }
  if (!existsSync(output)) {
    console.error(`The build did not write ${path.relative(root, output)}.`);
    process.exit(1);
  }
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
