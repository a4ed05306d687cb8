// The help page (/help, the manifest's developer.websiteUrl) as the production server sends it, and the way there
// from the configuration page: readable without script in both languages, WCAG 2.1 AA, 320 px wide.
import { APP_ICON_PATH, KMT, LOCALES } from '../../src/content';
import { HELP_TEXT } from '../../scripts/help';
import { configUiText } from '../../src/tab/i18n/config';
import { axe, recordAxe } from './helpers/axe';
import { appOrigin, openSession } from './helpers/suite';

describe.each(LOCALES)('/help in %s', (locale) => {
  const path = locale === 'en' ? '/help?lang=en' : '/help';

  test('shows the help without any script, with KMT to call, and links that work', async () => {
    const session = await openSession({ viewport: { width: 320, height: 640 } });
    const { page } = session;
    const response = await page.goto(`${appOrigin()}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    await page.getByRole('heading', { level: 1, name: HELP_TEXT[locale].title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.getByRole('link', { name: KMT.phoneDisplay }).getAttribute('href')).toBe(
      `tel:${KMT.phoneE164}`,
    );
    const width = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(width[0]).toBeLessThanOrEqual(width[1]!);
    // Every link of the app's own (privacy, terms, the card, the other language) answers.
    const own = await page
      .locator('a[href]')
      .evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.startsWith(location.origin)),
      );
    expect(own.length).toBeGreaterThanOrEqual(4);
    for (const href of own) expect([href, (await fetch(href)).status]).toEqual([href, 200]);
  });

  test('has no WCAG 2.1 AA violations, light and dark', async () => {
    const session = await openSession();
    const { page } = session;
    await page.goto(`${appOrigin()}${path}`);
    await page.locator('main').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await axe(page);
      recordAxe(`help (${locale}) / standalone / ${colorScheme}`, result.violations.length, result.passes);
      expect(result.violations).toEqual([]);
    }
  });
});

test('the configuration page links to the help page, in a new window', async () => {
  const session = await openSession();
  const { page } = session;
  await page.goto(`${appOrigin()}/config`);
  const link = page.getByRole('link', { name: configUiText('nl').config.helpLink });
  const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await popup.getByRole('heading', { level: 1, name: HELP_TEXT.nl.title }).waitFor();
  expect(new URL(popup.url()).pathname).toBe('/help');
});

test('serves the app icon that search result cards show', async () => {
  const response = await fetch(`${appOrigin()}${APP_ICON_PATH}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
});
