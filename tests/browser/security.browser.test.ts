// Hostile links, security headers on every response, a CSP that really stops injected script, and pages sent as
// the build compressed them.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cspHash } from '../../src/server/securityHeaders';
import { HOST_THEMES, LOCALES, PAGES, PAGE_NAMES } from '../../src/content';
import { AF_ONE, builtEntries, heading, sparButton, texts } from './helpers/app';
import { ROOT } from './helpers/appServer';
import { appOrigin, openSession, suiteState, TEAMS_ORIGIN, until } from './helpers/suite';
import { openInTeams } from './helpers/teams';

const { ui } = texts('nl');

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('security headers', () => {
  const routes = [...PAGE_NAMES.map((name) => PAGES[name].route), '/tab?lang=en'];
  test.each(routes)('%s has a strict CSP and the other headers', async (route) => {
    const response = await fetch(`${appOrigin()}${route}`);
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    const script = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script.some((s) => s === '*' || s.startsWith('http') || s === 'data:')).toBe(false);
    const ancestors = csp.get('frame-ancestors') ?? [];
    expect(ancestors).toContain('https://teams.microsoft.com');
    expect(ancestors).toContain('https://*.teams.microsoft.com');
    expect(ancestors).not.toContain('*');
    expect(ancestors.every((a) => a === "'self'" || a.startsWith('https://'))).toBe(true);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('assets, /healthz and unknown paths carry nosniff, no-referrer and a CSP too', async () => {
    // The app chunk the tab loads after its first paint: a content-hashed asset.
    const { tab } = builtEntries();
    const chunk = tab?.beforeInteractive.find((file) => !tab.initial.includes(file));
    expect(chunk).toMatch(/\.[0-9a-f]{10}\.js$/);
    for (const route of [`/assets/${chunk}`, '/healthz', '/does-not-exist']) {
      const response = await fetch(new URL(route, appOrigin()));
      expect([route, response.headers.get('x-content-type-options')]).toEqual([route, 'nosniff']);
      expect([route, response.headers.get('referrer-policy')]).toEqual([route, 'no-referrer']);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('pages as the build compressed them', () => {
  /** The bytes on the wire (fetch would unpack them). */
  const raw = (route: string, encoding: string) =>
    new Promise<Buffer>((resolve, reject) => {
      request(new URL(route, appOrigin()), { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });

  // The suite's server runs on the built-in defaults: it sends the build's brotli and gzip files unchanged,
  // so it compresses nothing when it starts.
  test.each(
    PAGE_NAMES.flatMap((name) =>
      LOCALES.flatMap((lang) => HOST_THEMES.map((theme) => [name, lang, theme] as const)),
    ),
  )('%s (%s, %s) is sent as dist/pages wrote it', async (name, lang, theme) => {
    const route = `${PAGES[name].route}?lang=${lang}&theme=${theme}`;
    const file = join(ROOT, 'dist', 'pages', `${name}.${lang}.${theme}.html`);
    expect((await raw(route, 'br')).equals(readFileSync(`${file}.br`))).toBe(true);
    expect((await raw(route, 'gzip')).equals(readFileSync(`${file}.gz`))).toBe(true);
    expect((await raw(route, 'identity')).equals(readFileSync(file))).toBe(true);
  });
});

describe('the CSP in the browser', () => {
  test('an inline script injected into the served page is blocked', async () => {
    const session = await openSession();
    const { page } = session;
    await page.route(`${appOrigin()}/tab`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = true;</script></body>',
      );
      await route.fulfill({ response, body });
    });
    await page.goto(`${appOrigin()}/tab`);
    await heading(page).waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    const blocked = await until(
      () => session.takeCspViolations((v) => v.directive.startsWith('script-src')),
      (v) => v.length > 0,
      'the CSP violation',
    );
    expect(blocked).toHaveLength(1);
  });

  test('a script element and an inline handler added at run time are blocked', async () => {
    const session = await openSession();
    const { page } = session;
    await page.goto(`${appOrigin()}/tab`);
    await heading(page).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__injected = 2');
      img.src = 'data:,x';
      document.body.append(img);
    });
    const blocked: unknown[] = [];
    await until(
      () => blocked.push(...session.takeCspViolations((v) => v.directive.startsWith('script-src'))),
      (n) => n >= 2,
      'two CSP violations',
    );
    expect(blocked).toHaveLength(2);
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: number }).__injected),
    ).toBeUndefined();
  });

  test('a page that is not allowed to frame the tab (frame-ancestors) gets no tab', async () => {
    // The same host page, but on an origin that is neither Teams nor configured.
    const session = await openSession({ inTeams: true });
    const foreign = `https://127.0.0.1:${suiteState().hostPort}`;
    session.allowOrigin(foreign);
    const tab = await openInTeams(session, { path: '/tab', hostOrigin: foreign, silent: true });
    await session.page.waitForTimeout(1500);
    expect(await heading(tab.app).count()).toBe(0);
    expect(await tab.calls()).toEqual([]);
    expect(TEAMS_ORIGIN).not.toBe(foreign);
  });
});

describe('hostile query parameters', () => {
  const LONG = 'a'.repeat(10 * 1024);
  const FIFTY = Array.from({ length: 50 }, (_, i) => `af${i}@gemeente.example`).join(',');
  const cases: [string, string][] = [
    ['script tag in gemeente', `gemeente=${encodeURIComponent('<script>window.__pwned=1</script>')}`],
    ['script tag in af', `af=${encodeURIComponent('"><script>window.__pwned=1</script>@x.nl')}`],
    ['img onerror in af', `af=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}`],
    ['javascript: URL in af', `af=${encodeURIComponent('javascript:window.__pwned=1//@x.nl')}`],
    [
      'quotes',
      `gemeente=${encodeURIComponent(`enschede' "onmouseover=window.__pwned=1`)}&af=${encodeURIComponent(`a'b"@x.nl`)}`,
    ],
    ['10 kB gemeente', `gemeente=${LONG}`],
    ['10 kB af', `af=${LONG}@x.nl`],
    ['50 af values', `af=${FIFTY}`],
    ['lang injection', `lang=${encodeURIComponent('"><script>window.__pwned=1</script>')}`],
    [
      'theme and locale injection',
      `theme=${encodeURIComponent('dark"><script>window.__pwned=1</script>')}&locale=${encodeURIComponent('en-us"><img src=x onerror=window.__pwned=1>')}`,
    ],
    [
      '5 kB theme and locale',
      `theme=dark${LONG.slice(0, 5000)}&locale=en-${LONG.slice(0, 5000)}&theme={app.theme}&locale={locale}`,
    ],
    ['repeated params', `af=${AF_ONE}&af=${encodeURIComponent('<b>x</b>')}&gemeente=enschede&gemeente=x`],
  ];

  test.each(cases)('%s renders harmlessly (standalone)', async (_name, query) => {
    const session = await openSession();
    const { page } = session;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${appOrigin()}/tab?${query}`);
    expect(response?.status()).toBeLessThan(500);
    if (response?.status() === 200) {
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
      // Nothing the link carried became markup or script.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      // The one inline script is the page's own boot code: the CSP allows it by its hash, and nothing else.
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
      const allowed =
        /script-src ([^;]*)/.exec(response.headers()['content-security-policy'] ?? '')?.[1] ?? '';
      expect(inline).toHaveLength(1);
      expect(allowed.split(' ')).toContain(cspHash(inline[0]!));
      expect(await page.locator('img[onerror], [onmouseover]').count()).toBe(0);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => !/^(https?:|tel:|mailto:|\/|#)/.test(h))).toEqual([]);
      // Spar with a hostile link never reaches a chat with what the link said.
      const popups: Page[] = [];
      page.context().on('page', (p) => popups.push(p));
      await sparButton(page).click();
      const opened = page.getByText(ui.sparOpened);
      await opened.or(page.getByText(ui.sparNotConfiguredTitle)).or(page.getByText(ui.sparFailed)).waitFor();
      if (await opened.isVisible()) {
        const popup = await until(
          () => popups[0],
          (p) => p !== undefined,
          'the chat window',
        );
        const users = new URL(popup?.url() ?? '').searchParams.get('users') ?? '';
        expect(users.split(',').every((u) => /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+$/.test(u))).toBe(true);
        expect(users.split(',').length).toBeLessThanOrEqual(5);
      }
    }
    expect(dialogs).toEqual([]);
  });

  test('invalid values get a polite notice and are not shown', async () => {
    const { page } = await openSession();
    await page.goto(`${appOrigin()}/tab?gemeente=${encodeURIComponent('<b>nergens</b>')}&af=${FIFTY}`);
    await heading(page).waitFor();
    await page.getByText(ui.notices).first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain(ui.problem({ field: 'gemeente', reason: 'unknown' }));
    expect(text).toContain(ui.problem({ field: 'af', reason: 'too-many' }));
    expect(text).not.toContain('nergens');
    expect(text).not.toContain('af0@gemeente.example');
  });

  test('in Teams a hostile af never becomes a chat member', async () => {
    const session = await openSession({ inTeams: true });
    const hostile = encodeURIComponent(`"><img src=x onerror=alert(1)>@x.nl,${AF_ONE}`);
    const tab = await openInTeams(session, { path: `/tab?af=${hostile}` });
    await tab.waitForCall('appInitialization.success');
    await sparButton(tab.app).click();
    const call = await tab.waitForCall('chat.openChat');
    expect((call.args[0] as { members: string[] }).members).toEqual([AF_ONE]);
  });
});
