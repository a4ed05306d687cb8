// Renders every page to HTML for each language, with Fluent's styles, so the card paints before any
// JavaScript runs. Run after webpack (it needs dist/entries.json), with NODE_ENV=production.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDOMRenderer, RendererProvider, renderToStyleElements } from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { LOCALES, PAGE_NAMES } from '../src/content';
import { DEFAULTS_PLACEHOLDER, type PageIndex } from '../src/server/pages';
import { cspHash } from '../src/server/securityHeaders';
import type { EntryFiles } from './budget';
import { PAGE_VIEWS } from '../src/tab/pages';
import { ROOT_ID } from '../src/tab/shared/boot/hydrate';

if (process.env.NODE_ENV !== 'production') {
  // Griffel's class names differ between builds: prerender as the bundle was built.
  throw new Error('Prerender with NODE_ENV=production, like the bundle.');
}

const dist = join(__dirname, '..', 'dist');
const entries = JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
const outDir = join(dist, 'pages');
mkdirSync(outDir, { recursive: true });

/**
 * A page's boot code (webpack's `initial` files), to put in the HTML itself. An external script in <head>, even a
 * deferred one, made Chromium finish parsing and paint later (measured with npm run bench); inline it costs neither a
 * request nor a parser pause, and the CSP allows exactly this code by its hash.
 */
function bootScript(files: readonly string[]): string {
  const code = files.map((file) => readFileSync(join(dist, 'public', 'assets', file), 'utf8')).join('\n');
  if (/<\/script|<!--/i.test(code)) throw new Error(`boot code ${files.join(', ')} cannot be put inline`);
  return code;
}

const index = {} as PageIndex;
for (const name of PAGE_NAMES) {
  const page = { name, ...PAGE_VIEWS[name] };
  const files = entries[name]?.initial;
  if (!files?.length) throw new Error(`webpack has no entry "${name}"`);
  const boot = bootScript(files);
  index[name] = {} as PageIndex[typeof name];
  for (const locale of LOCALES) {
    const renderer = createDOMRenderer();
    const body = renderToString(
      <RendererProvider renderer={renderer}>{page.render(locale)}</RendererProvider>,
    );
    const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
    const html = [
      '<!doctype html>',
      `<html lang="${locale}">`,
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${page.title(locale)}</title>`,
      '<link rel="icon" type="image/png" href="/static/color.png">',
      DEFAULTS_PLACEHOLDER,
      '<noscript><link rel="stylesheet" href="/static/nojs.css"></noscript>',
      // The provider paints the page; the body's default margin would leave a frame around it.
      '<style>body{margin:0}</style>',
      styles,
      '</head>',
      // Last in the body: it runs when the card is parsed, and only waits for the first paint.
      `<body><div id="${ROOT_ID}">${body}</div><script>${boot}</script></body>`,
      '</html>',
    ].join('\n');
    // The CSP has no 'unsafe-inline': a style attribute in the markup would be dropped by the browser.
    if (/<[^>]+\sstyle="/.test(html))
      throw new Error(`${page.name} (${locale}) has an inline style attribute`);
    const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) =>
      cspHash(match[1] ?? ''),
    );
    const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
      cspHash(match[1] ?? ''),
    );
    if (scriptHashes.length !== 1 || /<script\s/.test(html))
      throw new Error(`${page.name} (${locale}) must have exactly one script: its boot code`);
    const file = `${page.name}.${locale}.html`;
    writeFileSync(join(outDir, file), html);
    index[page.name][locale] = { file, scriptHashes, styleHashes: [...new Set(styleHashes)] };
    console.log(
      `prerendered ${file}: ${(html.length / 1024).toFixed(1)} KB, ${styleHashes.length} style blocks`,
    );
  }
}
writeFileSync(join(outDir, 'pages.json'), JSON.stringify(index, null, 2));
