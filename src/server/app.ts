import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { loadFolder, sendFile } from './files';
import { HELP_ROUTE, PAGES } from '../content';
import { helpHandler } from './help';
import { loadPages, pageHandler } from './pages';
import { securityHeaders } from './securityHeaders';
import type { ServerSettings } from './settings';

export type AppOptions = {
  /** The build output: dist/ with public/ and pages/. */
  distDir: string;
  /** Readiness for /readyz: false while the server shuts down. */
  ready?: () => boolean;
};

/**
 * The web app: prerendered pages, hashed assets, the help and legal pages, /healthz and /readyz, all with security
 * headers.
 * It holds no state, so any number of instances can run side by side.
 */
export function createApp(settings: ServerSettings, { distDir, ready = () => true }: AppOptions): Express {
  const pagesDir = join(distDir, 'pages');
  const publicDir = join(distDir, 'public');
  if (!existsSync(join(pagesDir, 'pages.json'))) {
    throw new Error(`No build found in ${distDir}: run "npm run build" first.`);
  }
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders(settings.extraFrameAncestors));

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send('ok');
  });
  // Apart from liveness: an instance that shuts down is alive but takes no new work.
  app.get('/readyz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const isReady = ready();
    res
      .status(isReady ? 200 : 503)
      .type('text/plain')
      .send(isReady ? 'ok' : 'stopping');
  });

  const pages = loadPages(pagesDir, settings.defaults, settings.extraFrameAncestors);
  for (const [name, page] of pages) app.get(PAGES[name].route, pageHandler(page));
  app.get('/', (_req, res) => res.redirect(302, PAGES.tab.route));
  app.get('/favicon.ico', (_req, res) => res.redirect(301, '/static/color.png'));

  // Content-hashed bundles never change under their name; everything else is revalidated.
  const files = loadFolder(publicDir);
  app.get(/^\/(assets|static|legal)\//, (req, res, next) => {
    const file = files.get(req.path);
    if (!file) return next();
    sendFile(
      req,
      res,
      file,
      req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  app.get(HELP_ROUTE, helpHandler(files));
  for (const [route, path] of [
    ['/privacy', '/legal/privacy.html'],
    ['/terms', '/legal/terms.html'],
  ] as const) {
    app.get(route, (req, res, next) => {
      const file = files.get(path);
      return file ? sendFile(req, res, file, 'no-cache') : next();
    });
  }

  return app;
}

/** Ends the app's routes: a plain 404, and errors without stack traces or request content. */
export function finishApp(app: Express, log: Pick<Console, 'error'> = console): void {
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Niet gevonden / Not found');
  });
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = Number((error as { status?: number }).status) || 500;
    if (status >= 500) log.error('Request failed:', (error as Error).name);
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .type('text/plain')
      .send(status < 500 ? 'Ongeldig verzoek / Bad request' : 'Er ging iets mis / Something went wrong');
  };
  app.use(onError);
}
