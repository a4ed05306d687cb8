import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import {
  DEFAULTS_META_NAME,
  PAGE_NAMES,
  parseLang,
  tabQuery,
  type Locale,
  type PageName,
  type TabSettings,
} from '../content';
import { compressedSiblings, prepare, sendFile, type ServedFile } from './files';
import { contentSecurityPolicy } from './securityHeaders';

/** The prerendered pages, as the prerenderer lists them in dist/pages/pages.json. */
export type PageIndex = Record<
  PageName,
  Record<Locale, { file: string; scriptHashes: string[]; styleHashes: string[] }>
>;

/** The placeholder the prerenderer leaves for the deployment defaults. */
export const DEFAULTS_PLACEHOLDER = `<meta name="${DEFAULTS_META_NAME}" content="">`;

type PreparedPage = ServedFile & { csp: string };

function escapeAttribute(value: string): string {
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
): Map<PageName, Record<Locale, PreparedPage>> {
  const index = JSON.parse(readFileSync(join(pagesDir, 'pages.json'), 'utf8')) as PageIndex;
  const defaultsMeta = `<meta name="${DEFAULTS_META_NAME}" content="${escapeAttribute(tabQuery(defaults))}">`;
  const pages = new Map<PageName, Record<Locale, PreparedPage>>();
  for (const name of PAGE_NAMES) {
    if (!index[name]) throw new Error(`The build has no page "${name}": run "npm run build".`);
    const prepareLocale = (locale: Locale): PreparedPage => {
      const { file, scriptHashes, styleHashes } = index[name][locale];
      const path = join(pagesDir, file);
      const html = readFileSync(path, 'utf8');
      if (!html.includes(DEFAULTS_PLACEHOLDER)) throw new Error(`${file} has no defaults placeholder`);
      const body = Buffer.from(html.replace(DEFAULTS_PLACEHOLDER, defaultsMeta));
      return {
        ...prepare(body, 'text/html; charset=utf-8', compressedSiblings(path, body)),
        csp: contentSecurityPolicy({ scripts: scriptHashes, styles: styleHashes }, extraFrameAncestors),
      };
    };
    pages.set(name, { nl: prepareLocale('nl'), en: prepareLocale('en') });
  }
  return pages;
}

/** Serves a page in the language of `?lang=` (Dutch otherwise), with its own CSP. */
export function pageHandler(page: Record<Locale, PreparedPage>): RequestHandler {
  return (req, res) => {
    const lang = typeof req.query.lang === 'string' ? parseLang(req.query.lang).lang : null;
    const prepared = page[lang ?? 'nl'];
    res.setHeader('Content-Security-Policy', prepared.csp);
    res.setHeader('Content-Language', lang ?? 'nl');
    sendFile(req, res, prepared, 'no-cache');
  };
}
