// `npm run stage:app-service` (atk deploy, see m365agents.yml): what App Service runs, in .deploy/app-service/:
// dist/ and package.json with the production dependencies alone, as in the container image.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, '.deploy', 'app-service');
if (!existsSync(path.join(root, 'dist', 'server', 'main.js'))) {
  console.error('No build in dist/: run npm run build first.');
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(path.join(root, 'dist'), path.join(target, 'dist'), { recursive: true });
for (const file of ['package.json', 'package-lock.json'])
  cpSync(path.join(root, file), path.join(target, file));
execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
  cwd: target,
  stdio: 'inherit',
});
console.log(`Ready for App Service: ${path.relative(root, target)}`);
