// Copies the static files the server serves as they are (no-JS stylesheet, legal pages, icons) into dist/public.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const target = join(root, 'dist', 'public');
mkdirSync(target, { recursive: true });
const folders: [string, string][] = [
  ['assets/static', 'static'],
  ['assets/legal', 'legal'],
];
for (const [from, to] of folders) {
  if (existsSync(join(root, from))) cpSync(join(root, from), join(target, to), { recursive: true });
}
for (const icon of ['color.png', 'outline.png']) {
  if (existsSync(join(root, 'assets', icon)))
    cpSync(join(root, 'assets', icon), join(target, 'static', icon));
}
