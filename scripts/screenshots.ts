// npm run screenshots: the pictures in docs/screenshots/ that the README shows, made from the production build in
// Debian's Chromium, inside the Teams test host where the picture is of Teams. Tests never write them.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as AdaptiveCards from 'adaptivecards';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { APP_ICON_PATH, appWords, cardText, searchCard, type Locale } from '../src/content';
import { buildSectionCard } from '../src/cards';
import { startAppServer } from '../tests/browser/helpers/appServer';
import { hostPageUrl, teamsWebSupports, type HostConfig } from '../tests/browser/teams-host/config';
import { hostResolverRules, startTeamsHost, TEAMS_HOST } from '../tests/browser/teams-host/server';
import { configUiText } from '../src/tab/i18n/config';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const AF = 'af.enschede@gemeente.example';
const TAB_QUERY = `?gemeente=enschede&af=${encodeURIComponent(AF)}`;

type Shot = {
  name: string;
  viewport: { width: number; height: number };
  /** In the Teams test host (frame context, theme; a phone client for the mobile layout), or the page on its own. */
  teams?: Pick<HostConfig, 'frameContext' | 'theme' | 'settings'> &
    Partial<Pick<HostConfig, 'hostClientType'>>;
  path: string;
  /** Text that is on screen once the page is ready. */
  ready: (locale: Locale) => string;
};

const DESKTOP = { width: 1024, height: 768 };
const tabReady = (locale: Locale) => cardText(locale).title;

const SHOTS: Shot[] = [
  {
    name: 'tab-light',
    viewport: DESKTOP,
    teams: { frameContext: 'content', theme: 'default' },
    path: `/tab${TAB_QUERY}`,
    ready: tabReady,
  },
  {
    name: 'tab-dark',
    viewport: DESKTOP,
    teams: { frameContext: 'content', theme: 'dark' },
    path: `/tab${TAB_QUERY}`,
    ready: tabReady,
  },
  {
    name: 'tab-contrast',
    viewport: DESKTOP,
    teams: { frameContext: 'content', theme: 'contrast' },
    path: `/tab${TAB_QUERY}`,
    ready: tabReady,
  },
  { name: 'tab-320', viewport: { width: 320, height: 640 }, path: `/tab${TAB_QUERY}`, ready: tabReady },
  {
    name: 'tab-mobile',
    viewport: { width: 390, height: 844 },
    teams: { frameContext: 'content', theme: 'default', hostClientType: 'android' },
    path: `/tab${TAB_QUERY}`,
    ready: tabReady,
  },
  {
    name: 'config',
    viewport: DESKTOP,
    teams: { frameContext: 'settings', theme: 'default', settings: { contentUrl: `/tab${TAB_QUERY}` } },
    path: '/config',
    ready: (locale) => configUiText(locale).config.title,
  },
];

async function take(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: shot.viewport,
    locale: 'nl-NL',
    ignoreHTTPSErrors: true,
  });
  // Nothing leaves the machine: only the app and the Teams test host answer.
  await context.route(
    (url) => url.origin !== origin && url.origin !== `https://${TEAMS_HOST}`,
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  let app: Page | Frame = page;
  if (shot.teams) {
    const settings = shot.teams.settings
      ? { ...shot.teams.settings, contentUrl: `${origin}${String(shot.teams.settings.contentUrl)}` }
      : undefined;
    await page.goto(
      hostPageUrl({
        src: `${origin}${shot.path}`,
        locale: 'nl-nl',
        hostClientType: 'desktop',
        supports: teamsWebSupports(),
        frameTitle: appWords('nl').appName,
        ...shot.teams,
        settings,
      }),
    );
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    if (!frame) throw new Error(`${shot.name}: the host shows no app frame`);
    app = frame;
  } else {
    await page.goto(`${origin}${shot.path}`);
  }
  await app.getByText(shot.ready('nl'), { exact: false }).first().waitFor();
  // The page is interactive and has its theme once Teams (or the system) has answered and fonts are in.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${shot.name}.png`), animations: 'disabled' });
  await context.close();
  console.log(`docs/screenshots/${shot.name}.png`);
}

/**
 * A search result as it goes into a chat: the real card of a search for "tolk", drawn by the Adaptive Cards renderer
 * that the hosts use, at the width of a Teams message.
 */
async function takeSearchResult(browser: Browser, origin: string): Promise<void> {
  const result = searchCard('tolk', 'nl');
  const hit = result.kind === 'hits' ? result.hits[0] : undefined;
  if (!hit) throw new Error('search-result: "tolk" finds nothing');
  const card = buildSectionCard(hit.part, {
    locale: hit.locale,
    highlight: hit.line,
    tabUrl: `${origin}/tab`,
    iconUrl: `${origin}${APP_ICON_PATH}`,
  });
  const context = await browser.newContext({ viewport: { width: 560, height: 900 }, locale: 'nl-NL' });
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'about:',
    (route) => route.abort('blockedbyclient'),
  );
  // A page of our own on the app's origin (the icon is same-origin only), holding nothing but the card.
  const canvas = `${origin}/screenshot-search-result`;
  await context.route(canvas, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="nl"><body style="margin:0;background:#f5f5f5;font-family:Segoe UI,system-ui,sans-serif"><div id="card" style="width:480px;margin:16px;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2)"></div></body></html>',
    }),
  );
  const page = await context.newPage();
  await page.goto(canvas);
  await page.addScriptTag({ path: join(ROOT, 'node_modules/adaptivecards/dist/adaptivecards.min.js') });
  await page.evaluate((json) => {
    const AC = (window as unknown as { AdaptiveCards: typeof AdaptiveCards }).AdaptiveCards;
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig({
      fontFamily: 'Segoe UI, system-ui, sans-serif',
      spacing: { padding: 16 },
    });
    adaptive.parse(json);
    const element = adaptive.render();
    if (element) document.getElementById('card')?.append(element);
  }, card);
  await page.locator('#card img').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('#card').screenshot({ path: join(OUT, 'search-result.png'), animations: 'disabled' });
  await context.close();
  console.log('docs/screenshots/search-result.png');
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(OUT, { recursive: true });
  const host = await startTeamsHost();
  const app = await startAppServer();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, hostResolverRules(host.port), '--ignore-certificate-errors'],
  });
  try {
    for (const shot of SHOTS) await take(browser, app.origin, shot);
    await takeSearchResult(browser, app.origin);
  } finally {
    await browser.close();
    await app.stop();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
