/**
 * End-to-end: the Microsoft 365 Agents Playground (Microsoft's local Teams emulator) drives the message
 * extension over HTTP, and its Adaptive Card renderer shows the answers. Run: `npm run test:playground`.
 *
 * - The real server (pages and message extension, from the production build) runs in local testing mode (the
 *   Playground sends no token), on loopback.
 * - The Playground runs headless (TEAMSAPPTESTER_BROWSER=none), bound to loopback by ./loopback.cjs.
 * - Chromium (CHROMIUM_PATH, default /usr/bin/chromium) opens its UI; every request to a host other than
 *   loopback is blocked (the run lists them).
 * The action command is not covered: its dialog is the tab's page at TAB_ENDPOINT, which the Playground would
 * have to load from the internet.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { cardText, KMT } from '../../src/content';
import { cardStrings } from '../../src/cards';
import { loadServerSettings } from '../../src/server/settings';
import { startServer } from '../../src/server/start';

const ROOT = join(__dirname, '..', '..');
const TAB_LINK = 'https://signaalkaart.example.nl/tab?gemeente=hengelo';

async function startPlayground(appUrl: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '-r',
      join(__dirname, 'loopback.cjs'),
      join(ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
      ...['-e', appUrl, '-c', 'msteams', '-p', '0', '--disable-telemetry'],
    ],
    { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Listening on (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Agents Playground exited (${code}): ${out}`)));
    setTimeout(() => reject(new Error('Agents Playground did not start within 60 s')), 60_000).unref();
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

async function openMessageExtension(page: Page, playgroundUrl: string, command: string) {
  await page.goto(playgroundUrl);
  await page.getByRole('button', { name: 'Trigger Message Extension App' }).click({ timeout: 60_000 });
  await page.getByRole('menuitem', { name: command }).click();
}

async function main(): Promise<void> {
  const app = await startServer(
    loadServerSettings({
      PORT: '0',
      HOST: '127.0.0.1',
      TAB_ENDPOINT: 'https://signaalkaart.example.nl',
      DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
    }),
    { distDir: join(ROOT, 'dist') },
  );
  const playground = await startPlayground(`${app.url}/api/messages`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const outside: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      outside.push(host);
      return route.abort();
    });
    const nl = cardText('nl');
    const strings = cardStrings('nl');

    // Search command: type a term, pick a hit, send: the section card arrives with the hit marked.
    await openMessageExtension(page, playground.url, 'Search Command');
    await page.getByRole('button', { name: 'Specify Command ID or Parameter' }).click();
    await page.getByPlaceholder('Command ID').fill('zoeken');
    await page.getByPlaceholder('Parameter name').fill('zoekterm');
    await page.getByPlaceholder('Enter a search term').fill('PÀSPOORT');
    const hit = nl.questions['vraag-paspoort-pinpas'].text;
    await page.getByText(nl.signals['slachtoffer-paspoort']).first().waitFor({ timeout: 20_000 });
    await page.getByText(hit).first().click();
    await page.getByRole('button', { name: 'Send Message' }).click();
    const sent = page.locator('.ac-adaptiveCard').last();
    await sent.getByText(strings.found, { exact: true }).waitFor({ timeout: 20_000 });
    const text = (await sent.textContent()) ?? '';
    assert.ok(text.includes(nl.sectionTitles.vragen), 'section card title');
    assert.ok(text.includes(`${strings.found}• ${hit}`), 'the hit is marked');
    assert.ok(text.includes(KMT.phoneDisplay), 'Hoe verder? with the KMT phone number');
    console.log('ok - search command: section card with the marked hit');

    // Link unfurling: a link to the tab previews as the whole signal card. The Playground's user has locale
    // en-US and the link names no language, so the card is in English.
    const en = cardText('en');
    await openMessageExtension(page, playground.url, 'Link Unfurling');
    await page.getByRole('textbox', { name: 'Enter an URL' }).fill(TAB_LINK);
    const unfurled = page.locator('.ac-adaptiveCard', { hasText: en.title }).last();
    await unfurled.waitFor({ timeout: 20_000 });
    const whole = (await unfurled.textContent()) ?? '';
    for (const part of [
      ...en.intro,
      en.sectionTitles.begeleider,
      en.signals['begeleider-vaag'],
      en.sectionTitles.vragen,
    ]) {
      assert.ok(whole.includes(part), `unfurled card shows "${part.slice(0, 40)}"`);
    }
    assert.ok(whole.includes(cardStrings('en').openSignaalkaart), 'with the button to the tab');
    console.log('ok - link unfurling: the whole signal card');

    // The Playground's own UI asks for a few outside resources; they are blocked, so nothing leaves the machine.
    console.log(`ok - blocked requests to: ${[...new Set(outside)].join(', ') || 'none'}`);
  } finally {
    await browser.close();
    playground.stop();
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
