// Renders every page to HTML for each language, with Fluent's styles, so the card paints before any
// JavaScript runs. Run after webpack (it needs dist/entries.json), with NODE_ENV=production.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDOMRenderer,
  RendererProvider,
  renderToStyleElements,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { APP_ICON_PATH, HOST_THEMES, LOCALES, PAGE_NAMES, type HostTheme } from '../src/content';
import { DEFAULTS_PLACEHOLDER, type PageIndex } from '../src/server/pages';
import { cspHash } from '../src/server/securityHeaders';
import { kb, styleBytes, type EntryFiles } from './budget';
import { classesIn, parseThemeRule, pruneThemeRule, ruleApplies, topLevelRules } from './css';
import { PAGE_VIEWS } from '../src/tab/pages';
import { ROOT_ID } from '../src/tab/shared/boot/hydrate';
import { DARK_THEMES } from '../src/tab/shared/host/darkThemes';
import { THEME_ATTRIBUTE } from '../src/tab/shared/host/document';
import { colorSchemeOf } from '../src/tab/shared/host/fluentTheme';

if (process.env.NODE_ENV !== 'production') {
  // Griffel's class names differ between builds: prerender as the bundle was built.
  throw new Error('Prerender with NODE_ENV=production, like the bundle.');
}

const dist = join(__dirname, '..', 'dist');
const entries = JSON.parse(readFileSync(join(dist, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
const outDir = join(dist, 'pages');
// Anew each time: a page that is no longer built must not be served.
rmSync(outDir, { recursive: true, force: true });
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

const FLUENT_THEMES: Record<HostTheme, Theme> = { light: teamsLightTheme, ...DARK_THEMES };

// The provider paints the page; the body's default margin would leave a frame around it.
const PAGE_CSS = 'body{margin:0}';
const THEME_STYLE = /<style id="(fui-FluentProvider[^"]*)">([\s\S]*?)<\/style>/g;
const STYLE_ELEMENT = /<style([^>]*)>([\s\S]*?)<\/style>/g;

/**
 * The page's CSS for its first paint, from what React and Griffel rendered: Griffel's rules that can apply to this
 * markup (a hook writes the rules of all its variants; the others follow when the page hydrates), and the theme's
 * tokens that those rules read. FluentProvider writes all the tokens into the markup, in a style element of its own;
 * that element is left out, so that on hydration FluentProvider writes the whole theme into <head> (it keeps an
 * element of its own that it finds), for what appears later. Dark and high contrast also tell the browser, for its
 * scrollbars and canvas.
 */
function firstPaintStyles(
  body: string,
  griffelStyles: string,
  theme: HostTheme,
): { body: string; head: string } {
  const themeStyles = [...body.matchAll(THEME_STYLE)];
  if (themeStyles.length !== 1)
    throw new Error(`expected one FluentProvider theme style, found ${themeStyles.length}`);
  const classes = classesIn(body);
  const blocks: string[] = [];
  const rules = new Set<string>();
  let read = PAGE_CSS;
  for (const [, attributes, css] of griffelStyles.matchAll(STYLE_ELEMENT)) {
    const kept = topLevelRules(css ?? '').filter((rule) => ruleApplies(rule, classes));
    for (const rule of kept) {
      if (rules.has(rule)) throw new Error(`a CSS rule is in the page twice: ${rule.slice(0, 120)}`);
      rules.add(rule);
    }
    if (!kept.length) continue;
    blocks.push(`<style${attributes}>${kept.join('')}</style>`);
    read += kept.join('');
  }
  const scheme = colorSchemeOf(theme) === 'dark' ? ':root{color-scheme:dark}' : '';
  const tokens = pruneThemeRule(parseThemeRule(themeStyles[0]![2]!), read);
  return {
    body: body.replace(THEME_STYLE, ''),
    head: [`<style>${PAGE_CSS}</style>`, `<style>${scheme}${tokens}</style>`, ...blocks].join('\n'),
  };
}

const index = {} as PageIndex;
for (const name of PAGE_NAMES) {
  const page = { name, ...PAGE_VIEWS[name] };
  const files = entries[name]?.initial;
  if (!files?.length) throw new Error(`webpack has no entry "${name}"`);
  const boot = bootScript(files);
  index[name] = {} as PageIndex[typeof name];
  for (const locale of LOCALES) {
    index[name][locale] = {} as PageIndex[typeof name][typeof locale];
    for (const theme of HOST_THEMES) {
      const renderer = createDOMRenderer();
      const rendered = renderToString(
        <RendererProvider renderer={renderer}>
          {page.render(locale, { name: theme, fluent: FLUENT_THEMES[theme] })}
        </RendererProvider>,
      );
      const { body, head } = firstPaintStyles(
        rendered,
        renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>),
        theme,
      );
      const html = [
        '<!doctype html>',
        `<html lang="${locale}" ${THEME_ATTRIBUTE}="${theme}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${page.title(locale)}</title>`,
        `<link rel="icon" type="image/png" href="${APP_ICON_PATH}">`,
        DEFAULTS_PLACEHOLDER,
        '<noscript><link rel="stylesheet" href="/static/nojs.css"></noscript>',
        head,
        '</head>',
        // Last in the body: it runs when the card is parsed, and only waits for the first paint.
        `<body><div id="${ROOT_ID}">${body}</div><script>${boot}</script></body>`,
        '</html>',
      ].join('\n');
      // The CSP has no 'unsafe-inline': a style attribute in the markup would be dropped by the browser.
      const variant = `${page.name} (${locale}, ${theme})`;
      if (/<[^>]+\sstyle="/.test(html)) throw new Error(`${variant} has an inline style attribute`);
      const styleHashes = [...html.matchAll(STYLE_ELEMENT)].map((match) => cspHash(match[2] ?? ''));
      const scriptHashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
        cspHash(match[1] ?? ''),
      );
      if (scriptHashes.length !== 1 || /<script\s/.test(html))
        throw new Error(`${variant} must have exactly one script: its boot code`);
      const file = `${page.name}.${locale}.${theme}.html`;
      writeFileSync(join(outDir, file), html);
      index[page.name][locale][theme] = { file, scriptHashes, styleHashes: [...new Set(styleHashes)] };
      console.log(
        `prerendered ${file}: ${kb(html.length)}, CSS ${kb(styleBytes(html))} in ${styleHashes.length} style blocks`,
      );
    }
  }
}
writeFileSync(join(outDir, 'pages.json'), JSON.stringify(index, null, 2));
