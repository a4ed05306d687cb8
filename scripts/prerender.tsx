// Renders every page to HTML for each language, with Fluent's styles, so the card paints before any
// JavaScript runs. Run after webpack (it needs dist/entries.json), with NODE_ENV=production.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDOMRenderer, RendererProvider, renderToStyleElements } from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { LOCALES } from '../src/content';
import { DEFAULTS_PLACEHOLDER, type PageIndex } from '../src/server/pages';
import type { EntryFiles } from './budget';
import { ROOT_ID } from '../src/tab/entries/hydrate';
import { PAGES } from '../src/tab/pages/registry';

if (process.env.NODE_ENV !== 'production') {
  // Griffel's class names differ between builds: prerender as the bundle was built.
  throw new Error('Prerender with NODE_ENV=production, like the bundle.');
}

const dist = join(__dirname, '..', 'dist');
const entries = JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
const outDir = join(dist, 'pages');
mkdirSync(outDir, { recursive: true });

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const index = {} as PageIndex;
for (const page of PAGES) {
  const scripts = entries[page.name]?.initial;
  if (!scripts?.length) throw new Error(`webpack has no entry "${page.name}"`);
  index[page.name] = {} as PageIndex[typeof page.name];
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
      `<title>${page.title[locale]}</title>`,
      '<link rel="icon" type="image/png" href="/static/color.png">',
      DEFAULTS_PLACEHOLDER,
      '<noscript><link rel="stylesheet" href="/static/nojs.css"></noscript>',
      ...scripts.map((file) => `<script defer src="/assets/${file}"></script>`),
      // The provider paints the page; the body's default margin would leave a frame around it.
      '<style>body{margin:0}</style>',
      styles,
      '</head>',
      `<body><div id="${ROOT_ID}">${body}</div></body>`,
      '</html>',
    ].join('\n');
    // The CSP has no 'unsafe-inline': a style attribute in the markup would be dropped by the browser.
    if (/<[^>]+\sstyle="/.test(html))
      throw new Error(`${page.name} (${locale}) has an inline style attribute`);
    const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) =>
      sha256(match[1] ?? ''),
    );
    const file = `${page.name}.${locale}.html`;
    writeFileSync(join(outDir, file), html);
    index[page.name][locale] = { file, styleHashes: [...new Set(styleHashes)] };
    console.log(
      `prerendered ${file}: ${(html.length / 1024).toFixed(1)} KB, ${styleHashes.length} style blocks`,
    );
  }
}
writeFileSync(join(outDir, 'pages.json'), JSON.stringify(index, null, 2));
