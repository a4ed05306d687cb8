import type { RequestHandler } from 'express';
import { parseLang, type Locale } from '../content';
import { sendFile, type ServedFile } from './files';

/** The help page per language in dist/public, as scripts/help.ts writes it from src/content at build time. */
export const HELP_FILES: Readonly<Record<Locale, string>> = {
  nl: '/help/help.nl.html',
  en: '/help/help.en.html',
};

/**
 * Serves the help page in the language of `?lang=` (Dutch otherwise). It has no script, so the default security
 * headers (no inline code allowed) fit it as they are.
 */
export function helpHandler(files: ReadonlyMap<string, ServedFile>): RequestHandler {
  for (const file of Object.values(HELP_FILES)) {
    if (!files.has(file)) throw new Error(`The build has no help page ${file}: run "npm run build".`);
  }
  return (req, res) => {
    const lang = (typeof req.query.lang === 'string' ? parseLang(req.query.lang).lang : null) ?? 'nl';
    res.setHeader('Content-Language', lang);
    sendFile(req, res, files.get(HELP_FILES[lang])!, 'no-cache');
  };
}
