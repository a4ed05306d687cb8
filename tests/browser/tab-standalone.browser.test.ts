// The tab outside Teams: a browser tab of its own, or framed by a page that is no Teams host.
import type { Page } from 'playwright-core';
import { cspHash } from '../../src/server/securityHeaders';
import { startAppServer, type AppServer } from './helpers/appServer';
import {
  AF_ONE,
  AF_TWO,
  draftFor,
  expectedDeepLink,
  heading,
  renderedColours,
  signalBox,
  sparButton,
  texts,
} from './helpers/app';
import { appOrigin, openSession, suiteState, until } from './helpers/suite';
import { openInTeams } from './helpers/teams';

const { card, ui } = texts('nl');

// An intranet portal that may frame the tab (EXTRA_FRAME_ANCESTORS) but does not speak teams-js.
let intranet: AppServer;
let intranetOrigin: string;
beforeAll(async () => {
  intranetOrigin = `https://127.0.0.1:${suiteState().hostPort}`;
  intranet = await startAppServer({ EXTRA_FRAME_ANCESTORS: intranetOrigin });
});
afterAll(async () => {
  await intranet?.stop();
});

async function popupUrl(page: Page, action: () => Promise<void>): Promise<string> {
  const popup = page.context().waitForEvent('page', { timeout: 10_000 });
  await action();
  const opened = await popup;
  await opened.waitForLoadState('domcontentloaded').catch(() => undefined);
  return opened.url();
}

test('at /tab top-level the card renders in Dutch, standalone', async () => {
  const { page } = await openSession();
  const response = await page.goto(`${appOrigin()}/tab?gemeente=enschede`);
  expect(response?.status()).toBe(200);
  await heading(page).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await page.getByRole('heading', { name: card.sectionTitles.slachtoffer }).waitFor();
  expect(await page.title()).not.toBe('');
});

test('lang=en gives the English page', async () => {
  const { page } = await openSession();
  await page.goto(`${appOrigin()}/tab?lang=en`);
  await heading(page, 'en').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('the first content is in the HTML: it shows without any JavaScript', async () => {
  const { page } = await openSession({ javaScriptEnabled: false });
  await page.goto(`${appOrigin()}/tab`);
  await heading(page).waitFor({ timeout: 2000 });
  expect(await signalBox(page, 'slachtoffer-bang').isVisible()).toBe(true);
  expect(await page.getByText(card.questions['vraag-veilig'].text).count()).toBeGreaterThan(0);
});

test('the card paints before any app code loads; then the app takes over the same page', async () => {
  const { page } = await openSession();
  const response = await page.goto(`${appOrigin()}/tab`);
  // The HTML as served carries one small boot script, inline and allowed by its hash; React and Fluent come in
  // the app chunk it loads (whose script element webpack adds later, so the live DOM is no measure of this).
  const html = (await response?.text()) ?? '';
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.map(([, attributes]) => attributes)).toEqual(['']);
  const boot = scripts[0]![2]!;
  expect(Buffer.byteLength(boot)).toBeLessThan(8 * 1024);
  expect(response?.headers()['content-security-policy']).toContain(`script-src 'self' ${cspHash(boot)};`);
  const timing = await until(
    () =>
      page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        app: performance
          .getEntriesByType('resource')
          .find((entry) => /\/assets\/tab-app\.[0-9a-f]{10}\.js$/.test(entry.name))?.startTime,
      })),
    (t) => t.paint !== undefined && t.app !== undefined,
    'the first paint and the app chunk',
  );
  expect(timing.app).toBeGreaterThanOrEqual(timing.paint!);
  // Hydrated: a tick now updates the count, which only React does.
  await signalBox(page, 'slachtoffer-bang').check();
  await page.getByText(ui.observations(1, 0)).first().waitFor();
});

test('a box ticked before the page is interactive shows its tick at once and keeps it once React takes over', async () => {
  const { page } = await openSession();
  // The app chunk waits until the clerk has ticked: the page is only the prerendered HTML until then.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/tab-app\.[0-9a-f]{10}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${appOrigin()}/tab`);
  const box = signalBox(page, 'slachtoffer-bang');
  const unticked = await box.evaluate((input) => getComputedStyle(input).backgroundColor);
  await box.check();
  // The tick shows from CSS alone.
  expect(await box.evaluate((input) => getComputedStyle(input).backgroundColor)).not.toBe(unticked);
  expect(await page.getByText(ui.observations(1, 0)).count()).toBe(0);
  release();
  // Hydrated: the count, which only React writes, counts the tick, and the box is still ticked.
  await page.getByText(ui.observations(1, 0)).first().waitFor();
  expect(await box.isChecked()).toBe(true);
  await box.uncheck();
  await page.getByText(ui.observations(0, 0)).first().waitFor();
});

test('spar at top-level opens the Teams deep link in a new window', async () => {
  const session = await openSession();
  const { page } = session;
  await page.goto(`${appOrigin()}/tab?af=${AF_TWO.join(',')}`);
  await heading(page).waitFor();
  await signalBox(page, 'begeleider-betaalt').check();
  // The app has taken over (only React counts ticks): before that, a button of the prerendered page does nothing.
  await page.getByText(ui.observations(1, 0)).first().waitFor();
  const url = await popupUrl(page, () => sparButton(page).click());
  expect(url).toBe(expectedDeepLink(AF_TWO, ui.sparTopic, draftFor(['begeleider-betaalt'])));
  expect(session.deepLinks()).toContain(url);
  await page.getByText(ui.sparOpened).waitFor();
});

test('framed by a page that is not a Teams host: content at once, standalone well before 60 s', async () => {
  const session = await openSession({ appOrigin: intranet.origin, inTeams: true });
  session.allowOrigin(intranetOrigin);
  const started = Date.now();
  const tab = await openInTeams(session, {
    path: `/tab?af=${AF_ONE}`,
    silent: true,
    hostOrigin: intranetOrigin,
  });
  await heading(tab.app).waitFor({ timeout: 3000 });
  const firstContentMs = Date.now() - started;
  // teams-js asked the parent and got no answer; the card did not wait for it.
  await tab.waitForCall('initialize');
  expect(firstContentMs).toBeLessThan(3000);

  // Standalone behaviour: spar opens the deep link in a new window, within seconds.
  const url = await popupUrl(session.page, () => sparButton(tab.app).click());
  expect(url).toBe(expectedDeepLink([AF_ONE], undefined, ui.sparDraft));
  expect(Date.now() - started).toBeLessThan(15_000);
});

test('framed by a silent host on a Teams origin: content before teams-js answers (it never does)', async () => {
  const session = await openSession({ inTeams: true });
  const started = Date.now();
  const tab = await openInTeams(session, { path: '/tab', silent: true });
  await heading(tab.app).waitFor({ timeout: 3000 });
  expect(Date.now() - started).toBeLessThan(3000);
  await tab.waitForCall('initialize');
  expect(await tab.calls('appInitialization.success')).toEqual([]);
});

test('standalone follows the system theme as it changes (prefers-color-scheme, forced-colors)', async () => {
  const { page } = await openSession({ colorScheme: 'light' });
  await page.goto(`${appOrigin()}/tab`);
  await heading(page).waitFor();
  await page.waitForLoadState('networkidle');
  const light = await renderedColours(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await until(
    () => renderedColours(page),
    (c) => c.bg !== light.bg,
    'the dark theme',
  );
  await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
  await until(
    () => renderedColours(page),
    (c) => c.bg !== dark.bg || c.fg !== dark.fg,
    'forced colours',
  );
});
