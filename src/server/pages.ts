import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import {
  DEFAULTS_META_NAME,
  HOST_THEMES,
  LOCALES,
  PAGE_NAMES,
  pageVariant,
  tabQuery,
  type HostTheme,
  type Locale,
  type PageName,
  type TabSettings,
} from '../content';
import { compressedSiblings, prepare, sendFile, type ServedFile } from './files';
import { contentSecurityPolicy } from './securityHeaders';

/** One prerendered form of a page: its file and the hashes of its inline script and styles. */
export type PrerenderedPage = { file: string; scriptHashes: string[]; styleHashes: string[] };

/** The prerendered pages in every language and theme, as the prerenderer lists them in dist/pages/pages.json. */
export type PageIndex = Record<PageName, Record<Locale, Record<HostTheme, PrerenderedPage>>>;

/** The placeholder the prerenderer leaves for the deployment defaults. */
export const DEFAULTS_PLACEHOLDER = `<meta name="${DEFAULTS_META_NAME}" content="">`;

type PreparedPage = ServedFile & { csp: string };

/** A page in every language and theme, ready to send. */
export type PageVariants = Record<Locale, Record<HostTheme, PreparedPage>>;

/** Text for HTML, in an element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Loads every prerendered page once and puts the deployment defaults in. With the built-in defaults the page is
 * served as the build wrote and compressed it; other defaults change its bytes, so it is compressed here.
 */
export function loadPages(
  pagesDir: string,
  defaults: TabSettings,
  extraFrameAncestors: readonly string[] = [],
): Map<PageName, PageVariants> {
  const index = JSON.parse(readFileSync(join(pagesDir, 'pages.json'), 'utf8')) as PageIndex;
  const defaultsMeta = `<meta name="${DEFAULTS_META_NAME}" content="${escapeHtml(tabQuery(defaults))}">`;
  const pages = new Map<PageName, PageVariants>();
  for (const name of PAGE_NAMES) {
    const prepareVariant = (locale: Locale, theme: HostTheme): PreparedPage => {
      const variant = index[name]?.[locale]?.[theme];
      if (!variant)
        throw new Error(`The build has no page "${name}" (${locale}, ${theme}): run "npm run build".`);
      const { file, scriptHashes, styleHashes } = variant;
      const path = join(pagesDir, file);
      const html = readFileSync(path, 'utf8');
      if (!html.includes(DEFAULTS_PLACEHOLDER)) throw new Error(`${file} has no defaults placeholder`);
      const body = Buffer.from(html.replace(DEFAULTS_PLACEHOLDER, defaultsMeta));
      return {
        ...prepare(body, 'text/html; charset=utf-8', compressedSiblings(path, body)),
        csp: contentSecurityPolicy({ scripts: scriptHashes, styles: styleHashes }, extraFrameAncestors),
      };
    };
    const variants = {} as PageVariants;
    for (const locale of LOCALES) {
      variants[locale] = {} as PageVariants[Locale];
      for (const theme of HOST_THEMES) variants[locale][theme] = prepareVariant(locale, theme);
    }
    pages.set(name, variants);
  }
  return pages;
}

/**
 * Serves a page in the theme and language its query asks for (Teams' placeholders, else `?lang=`; light and Dutch
 * otherwise), with its own CSP.
 */
export function pageHandler(page: PageVariants): RequestHandler {
  return (req, res) => {
    const { locale, theme } = pageVariant(new URL(req.originalUrl, 'http://page').searchParams);
    const prepared = page[locale][theme];
    res.setHeader('Content-Security-Policy', prepared.csp);
    res.setHeader('Content-Language', locale);
    sendFile(req, res, prepared, 'no-cache');
  };
}
