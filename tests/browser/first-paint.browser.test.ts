// The first paint in the clerk's Teams theme and language. The tab URLs that Teams stores (the manifest's, and the
// one the config page saves) carry Teams' placeholders; the test host fills them in as Teams does. That URL, without
// JavaScript, must already paint in the theme's colours and the language; with JavaScript, nothing may change
// colour when teams-js answers.
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { Frame, Page } from 'playwright-core';
import { buildManifest } from '../../scripts/package/build';
import type { JsonObject } from '../../scripts/package/types';
import { AF_ONE, renderedColours, texts } from './helpers/app';
import { appOrigin, openSession, until, type Session } from './helpers/suite';
import { openInTeams, type TeamsTab } from './helpers/teams';
import type { FrameContext, PlaceholderSpellings, TeamsTheme } from './teams-host/config';

const en = texts('en');
const nl = texts('nl');

/** The colours a theme paints the page in: its background and its text. */
function colours(theme: Theme): { bg: string; fg: string } {
  const rgb = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  };
  return { bg: rgb(theme.colorNeutralBackground1), fg: rgb(theme.colorNeutralForeground1) };
}

/** The manifest's tab URLs for a server at this origin, as `npm run package` writes them. */
function manifestUrls(origin: string): { tab: string; config: string } {
  const { manifest, problems } = buildManifest({
    TEAMS_APP_ID: '1f0b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    APP_VERSION: '1.0.0',
    TAB_ENDPOINT: origin,
    PUBLISHER_NAME: 'Gemeente Test',
  });
  expect(problems).toEqual([]);
  const staticTab = (manifest.staticTabs as JsonObject[])[0]!;
  const configurable = (manifest.configurableTabs as JsonObject[])[0]!;
  expect(staticTab.websiteUrl).toBe(staticTab.contentUrl);
  return { tab: staticTab.contentUrl as string, config: configurable.configurationUrl as string };
}

// Runs in every frame before the page's own scripts: notes the page's colours in every frame that paints, from
// its first, so a change (a flash) shows as a second entry.
function recordColours(): void {
  if (window === window.top) return;
  const seen: { bg: string; fg: string; at: number }[] = [];
  (window as unknown as { __colours: typeof seen }).__colours = seen;
  const sample = () => {
    const heading = document.querySelector('h1');
    if (heading) {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let el: Element | null = heading; el; el = el.parentElement) {
        const colour = getComputedStyle(el).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
          bg = colour;
          break;
        }
      }
      const fg = getComputedStyle(heading).color;
      const last = seen[seen.length - 1];
      if (!last || last.bg !== bg || last.fg !== fg) seen.push({ bg, fg, at: Math.round(performance.now()) });
    }
    if (performance.now() < 15_000) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

type Opened = { tab: TeamsTab; frame: Frame; framedUrl: string };

/** Opens a tab URL (with its placeholders) in the Teams host, which fills them in and frames the page. */
async function openStoredUrl(
  url: string,
  options: { theme: TeamsTheme; frameContext: FrameContext; placeholders: PlaceholderSpellings },
): Promise<Opened> {
  const session = await openSession({ inTeams: true });
  await session.context.addInitScript(recordColours);
  const stored = new URL(url);
  const tab = await openInTeams(session, {
    path: `${stored.pathname}${stored.search}`,
    theme: options.theme,
    locale: 'en-us',
    frameContext: options.frameContext,
    placeholders: options.placeholders,
  });
  // The page has heard from Teams (getContext) and told it that it is on screen.
  await tab.waitForCall('appInitialization.success');
  await tab.waitForCall('registerHandler', (c) => c.args[0] === 'themeChange');
  const frame = await tab.frame();
  await frame.waitForLoadState('load');
  return { tab, frame, framedUrl: frame.url() };
}

/** What the page painted, frame by frame: one entry when nothing changed colour. */
async function paintedColours(frame: Frame): Promise<{ bg: string; fg: string }[]> {
  // Long enough for the dark themes' chunk, hydration and the host's answers to have landed.
  await frame.page().waitForTimeout(1500);
  return (
    await frame.evaluate(() => (window as unknown as { __colours: { bg: string; fg: string }[] }).__colours)
  ).map(({ bg, fg }) => ({ bg, fg }));
}

/** The same URL in a browser without JavaScript: only the server's choice and the HTML can colour it. */
async function withoutJavaScript(url: string): Promise<{ page: Page; session: Session }> {
  const session = await openSession({ javaScriptEnabled: false, inTeams: true });
  const response = await session.page.goto(url);
  expect(response?.status()).toBe(200);
  return { page: session.page, session };
}

const THEMES: { theme: TeamsTheme; fluent: Theme; placeholders: PlaceholderSpellings }[] = [
  // One host that knows only the current spelling, one that knows only the older one.
  { theme: 'dark', fluent: teamsDarkTheme, placeholders: 'current' },
  { theme: 'contrast', fluent: teamsHighContrastTheme, placeholders: 'legacy' },
];

describe.each(THEMES)(
  'Teams in $theme, in English ($placeholders placeholders)',
  ({ theme, fluent, placeholders }) => {
    const expected = colours(fluent);

    test("the static tab (the manifest's contentUrl) paints in the theme and language, without and with JavaScript", async () => {
      const { tab } = manifestUrls(appOrigin());
      const opened = await openStoredUrl(tab, { theme, frameContext: 'content', placeholders });
      // The host filled in the spelling it knows and left the other as it was.
      const framed = new URL(opened.framedUrl).searchParams;
      expect(framed.getAll('theme')).toEqual(
        placeholders === 'current' ? [theme, '{theme}'] : ['{app.theme}', theme],
      );
      expect(framed.getAll('locale')).toEqual(
        placeholders === 'current' ? ['en-us', '{locale}'] : ['{app.locale}', 'en-us'],
      );

      const { page } = await withoutJavaScript(opened.framedUrl);
      await page.getByRole('heading', { level: 1, name: en.card.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await renderedColours(page)).toEqual(expected);
      expect(
        await page
          .getByRole('checkbox', { name: en.card.signals['slachtoffer-bang'], exact: true })
          .isVisible(),
      ).toBe(true);

      expect(await paintedColours(opened.frame)).toEqual([expected]);
      expect(await opened.frame.evaluate(() => document.documentElement.lang)).toBe('en');
    });

    test("the configuration page (the manifest's configurationUrl) does the same", async () => {
      const { config } = manifestUrls(appOrigin());
      const opened = await openStoredUrl(config, { theme, frameContext: 'settings', placeholders });

      const { page } = await withoutJavaScript(opened.framedUrl);
      await page.getByRole('heading', { level: 1, name: en.ui.config.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await renderedColours(page)).toEqual(expected);

      expect(await paintedColours(opened.frame)).toEqual([expected]);
      await opened.tab.app.getByRole('heading', { level: 1, name: en.ui.config.title }).waitFor();
    });

    test('the channel tab the config page saves opens in the theme and language, and still follows theme changes', async () => {
      // The admin configures the tab (in Dutch and light, say); Teams stores the URL the page gives it.
      const admin = await openStoredUrl(manifestUrls(appOrigin()).config, {
        theme: 'default',
        frameContext: 'settings',
        placeholders,
      });
      await admin.tab.app
        .getByRole('combobox', { name: new RegExp(`^${en.ui.municipality}`) })
        .selectOption({ label: 'Enschede' });
      await admin.tab.app
        .getByRole('textbox', { name: new RegExp(`^${en.ui.config.addressLabel(1)}`) })
        .fill(AF_ONE);
      await admin.tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);
      await admin.tab.sendEvent('settings.save', [{}]);
      const saved = (await admin.tab.waitForCall('settings.setSettings')).args[0] as { contentUrl: string };

      // A clerk with Teams in this theme and in English opens it.
      const opened = await openStoredUrl(saved.contentUrl, { theme, frameContext: 'content', placeholders });
      const { page } = await withoutJavaScript(opened.framedUrl);
      await page.getByRole('heading', { level: 1, name: en.card.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await renderedColours(page)).toEqual(expected);

      expect(await paintedColours(opened.frame)).toEqual([expected]);
      await opened.tab.app.getByRole('button', { name: en.ui.spar }).waitFor();

      // After load the page follows Teams as before.
      await opened.tab.setTheme('default');
      await until(
        () => renderedColours(opened.frame),
        (c) => c.bg === colours(teamsLightTheme).bg && c.fg === colours(teamsLightTheme).fg,
        'the light theme',
      );
    });
  },
);

test('a host that fills in no placeholder gets the page as before: light and Dutch first, then what Teams says', async () => {
  const opened = await openStoredUrl(manifestUrls(appOrigin()).tab, {
    theme: 'dark',
    frameContext: 'content',
    placeholders: 'none',
  });
  expect(opened.framedUrl).toContain('{app.theme}');
  const painted = await paintedColours(opened.frame);
  expect(painted[0]).toEqual(colours(teamsLightTheme));
  expect(painted.at(-1)).toEqual(colours(teamsDarkTheme));
  await opened.tab.app.getByRole('heading', { level: 1, name: en.card.title }).waitFor();

  const { page } = await withoutJavaScript(opened.framedUrl);
  await page.getByRole('heading', { level: 1, name: nl.card.title }).waitFor();
  expect(await renderedColours(page)).toEqual(colours(teamsLightTheme));
});
