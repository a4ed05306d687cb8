// npm run bench: the tab against a plain static page with the same text (the physical limit), in one
// Chromium run; bundle sizes; and the message extension's search latency. Numbers only, no assertions.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { chromium } from 'playwright-core';
import {
  cardText,
  fillTemplate,
  KMT,
  QUESTION_IDS,
  questionLine,
  signalIdsOf,
  TIP_IDS,
} from '../../src/content';
import { mediaType, prepare, sendFile } from '../../src/server/files';
import { uiText } from '../../src/tab/i18n';
import { checkBudget, kb, lazyChunks, type EntryFiles } from '../budget';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';
import { runLoad, searchInvokes } from './load';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const LOADS = Number(process.env.BENCH_LOADS ?? 30);
const card = cardText('nl');
const ui = uiText('nl');
/** The last question of the card: when its text is painted, the whole card is on screen. */
const LAST_QUESTION = card.questions[QUESTION_IDS[QUESTION_IDS.length - 1]!].text;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text the tab shows before any script runs (card, privacy line, button labels, hints), as plain HTML with a
 * few lines of CSS: no framework, no controls, no script.
 */
function staticPage(): string {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const lines = (items: readonly string[]) => items.map((i) => `<p>${escape(i)}</p>`).join('');
  const section = (title: string, body: string) => `<section><h2>${escape(title)}</h2>${body}</section>`;
  const t = card.sectionTitles;
  const kmt = fillTemplate(card.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(card.title)}</title>
<style>body{margin:0;font-family:'Segoe UI',system-ui,sans-serif;font-size:14px;line-height:20px}
main{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:3fr 2fr;gap:32px}
h1,header{grid-column:1/-1}h1{font-size:24px;margin:0}</style></head><body><main><h1>${escape(card.title)}</h1>
<header>${lines([ui.privacy, `${ui.spar} · ${ui.callKmt}: ${KMT.phoneDisplay} · ${ui.share} · ${ui.print}`, ui.sparOutsideTeams, `${ui.observations(0, 0)} · ${ui.clearAll}`])}</header><div>
${lines(card.intro)}
${section(t.slachtoffer, lines([ui.tickSignals]) + list(signalIdsOf('slachtoffer').map((id) => card.signals[id])))}
${section(t.begeleider, lines([ui.tickSignals]) + list(signalIdsOf('begeleider').map((id) => card.signals[id])))}
${section(t.tips, list(TIP_IDS.map((id) => card.tips[id])))}
${section(t['hoe-verder'], `<p>${escape(kmt)} ${escape(card.hoeVerderAandachtsfunctionaris)}</p><p>${escape(KMT.websiteDisplay)}</p>`)}
</div><aside>${section(t.vragen, lines([ui.tickQuestions]) + list(QUESTION_IDS.map((id) => questionLine(card.questions[id]))))}</aside></main></body></html>`;
}

/** Serves pages (path -> HTML) as the app serves its pages: `prepare` and `sendFile` of src/server/files.ts. */
function serveStatic(pages: Record<string, string>): Promise<Server> {
  const prepared = new Map(
    Object.entries(pages).map(([path, html]) => [path, prepare(Buffer.from(html), mediaType('page.html'))]),
  );
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res) => {
    const page = prepared.get(req.path);
    if (page) sendFile(req, res, page, 'no-cache');
    else res.sendStatus(404);
  });
  const server = createServer(app);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Starts dist/server/main.js on a free port and resolves with its base URL. */
function startApp(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(DIST, 'server', 'main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/[^\s/]+)\/tab/.exec(out);
      if (match) resolve({ url: match[1]!.replace('localhost', '127.0.0.1'), child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server stopped (${code}):\n${out}`)));
  });
}

/** The console message prefix with which the probe reports its measurements. */
const REPORT = 'signaalkaart-bench:';

// Runs in the page before anything else. It notes the first contentful paint and the first frame in which the
// last question's text has a box, and reports both in one console message. The bench reads nothing else from
// the page while it loads: a Playwright evaluation injects Playwright's own script (~30 ms of main thread),
// which lands on the first frame and would be measured as the page's own work.
const PROBE = `(() => {
  const wanted = ${JSON.stringify(LAST_QUESTION)};
  let fcp = null;
  let lastQuestion = null;
  const report = () => {
    if (fcp !== null && lastQuestion !== null) console.debug('${REPORT}' + JSON.stringify({ fcp, lastQuestion }));
  };
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { fcp = entry.startTime; report(); }
  }).observe({ type: 'paint', buffered: true });
  const find = () => {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.data.includes(wanted)) return node.parentElement.getBoundingClientRect().height > 0;
    return false;
  };
  const poll = (now) => { if (find()) { lastQuestion = now; report(); } else requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
})();`;

type Sample = { fcp: number; lastQuestion: number };
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
};
const median = (values: number[]) => quantile(values, 0.5);

/** 95% interval of median(a) / median(b), by resampling both sets (seeded, so a rerun on the same data agrees). */
function ratioInterval(a: number[], b: number[]): [number, number] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const ratios = Array.from({ length: 2000 }, () => median(resample(a)) / median(resample(b)));
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

/** The pages the paint bench loads: the tab as the app serves it, and three references on a plain server. */
type PaintPages = { tab: string; static: string; tabHtml: string; tabUnstyled: string };
const PAGE_ROWS: Record<keyof PaintPages, string> = {
  tab: '/tab',
  tabHtml: '/tab HTML only',
  tabUnstyled: '/tab unstyled',
  static: 'static',
};

async function paintBench(urls: PaintPages): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const names = Object.keys(urls) as (keyof PaintPages)[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as Sample[]])) as Record<
    keyof PaintPages,
    Sample[]
  >;
  const load = async (url: string): Promise<Sample> => {
    // A fresh context per load: no HTTP cache, no warm connection from the previous page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    let timer: NodeJS.Timeout | undefined;
    const reported = new Promise<Sample>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: no first paint reported within 30 s`)), 30_000);
      page.on('console', (message) => {
        const text = message.text();
        if (text.startsWith(REPORT)) resolve(JSON.parse(text.slice(REPORT.length)) as Sample);
      });
    });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      return await reported;
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  };
  // The references must show the same text as the tab: counted once, outside the measured loads.
  const textPage = await browser.newPage({ javaScriptEnabled: false });
  const characters: string[] = [];
  for (const name of names) {
    await textPage.goto(urls[name]);
    const text = await textPage.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim());
    characters.push(`${PAGE_ROWS[name]} ${text.length}`);
  }
  await textPage.close();
  for (const name of names) await load(urls[name]); // warm-up (server, disk), not counted
  // ABC CBA: no page always follows the same one (the previous page's teardown overlaps the next load).
  for (let i = 0; i < LOADS; i++)
    for (const name of i % 2 ? [...names].reverse() : names) samples[name].push(await load(urls[name]));
  const version = browser.version();
  await browser.close();
  const ms = (value: number) => `${value.toFixed(0).padStart(4)} ms`;
  const spread = (values: number[]) =>
    `${ms(median(values))} (middle half ${quantile(values, 0.25).toFixed(0)}-${quantile(values, 0.75).toFixed(0)})`;
  const row = (name: keyof PaintPages) =>
    `${PAGE_ROWS[name].padEnd(15)} FCP ${spread(samples[name].map((x) => x.fcp))}   last question ${spread(samples[name].map((x) => x.lastQuestion))}`;
  const ratio = (a: keyof PaintPages, b: keyof PaintPages, pick: (x: Sample) => number) => {
    const [low, high] = ratioInterval(samples[a].map(pick), samples[b].map(pick));
    const value = median(samples[a].map(pick)) / median(samples[b].map(pick));
    return `${value.toFixed(2)}x (95% interval ${low.toFixed(2)}-${high.toFixed(2)})`;
  };
  console.log(
    `\nFirst paint, ${LOADS} loads each in ABC CBA order, medians (viewport 1280x900, fresh context per load):`,
  );
  for (const name of names) console.log(row(name));
  console.log(`visible characters without JavaScript: ${characters.join(', ')}`);
  console.log(`ratio tab/static: FCP ${ratio('tab', 'static', (x) => x.fcp)}, goal <= 1.2x`);
  console.log(`                  last question ${ratio('tab', 'static', (x) => x.lastQuestion)}`);
  console.log(
    `ratio tab/its HTML only (the same prerendered page without its script): FCP ${ratio('tab', 'tabHtml', (x) => x.fcp)}`,
  );
  console.log(`ratio its HTML only/static: FCP ${ratio('tabHtml', 'static', (x) => x.fcp)}`);
  console.log(
    `ratio its HTML without CSS/static (the floor for the tab's markup): FCP ${ratio('tabUnstyled', 'static', (x) => x.fcp)}`,
  );
  return version;
}

async function searchBench(): Promise<void> {
  // Local testing mode: no Bot Framework token (never with NODE_ENV=production).
  const env = {
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
    NODE_ENV: 'development',
    BOT_ID: '',
    CLIENT_ID: '',
  };
  const { url, child } = await startApp(env);
  const requests = searchInvokes();
  try {
    const endpoint = `${url}/api/messages`;
    const probe = await fetch(endpoint, {
      method: 'POST',
      headers: requests[0]!.headers,
      body: requests[0]!.body,
    });
    const text = await probe.text();
    if (probe.status !== 200 || !text.includes('composeExtension')) {
      console.log(
        `\nMessage extension search: NOT MEASURED, ${endpoint} answered ${probe.status} (is it wired?)`,
      );
      return;
    }
    await runLoad({ url: endpoint, connections: 100, duration: 2, requests }); // warm-up: the server's JIT
    const result = await runLoad({ url: endpoint, connections: 100, duration: 10, requests });
    console.log(`\nMessage extension search (composeExtension/query, 100 connections, 10 s, loopback):`);
    console.log(
      `p50 ${result.p50} ms, p99 ${result.p99} ms (budget p99 < 50 ms); ` +
        `${result.requests} requests, ${result.perSecond}/s, errors ${result.errors}, non-2xx ${result.non2xx}`,
    );
  } finally {
    child.kill();
  }
}

function printSizes(): void {
  const assets = join(DIST, 'public', 'assets');
  const entries = JSON.parse(readFileSync(join(DIST, 'entries.json'), 'utf8')) as Record<string, EntryFiles>;
  const gz = (file: string) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
  const report = checkBudget(entries, gz);
  console.log('\nJavaScript, gzipped (gzip -9): before the first paint / before interactive');
  for (const e of report.entries)
    console.log(
      `page    ${e.entry.padEnd(16)} ${kb(e.initial).padStart(9)} / ${kb(e.total).padStart(9)}` +
        `${e.budget ? ` (budget ${kb(e.budget)}${e.total > e.budget ? ', OVER' : ''})` : ''}`,
    );
  for (const file of lazyChunks(entries, readdirSync(assets)))
    console.log(`lazy    ${file.padEnd(32)} ${kb(gz(file)).padStart(9)}`);
}

async function main(): Promise<void> {
  // The same check as npm start: builds when there is no build or the sources changed since the last one.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const cpu = cpus();
  console.log(`Machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores; Node ${process.version}`);
  printSizes();
  // Search first, while this process is fresh: autocannon measures in this process, so its garbage collection
  // (after a hundred browser loads) would count as server latency.
  await searchBench();
  const app = await startApp({ NODE_ENV: 'production' });
  // The tab's own prerendered HTML as the app serves it, without its script: what the tab's first paint costs
  // when no JavaScript at all is involved.
  const served = await fetch(`${app.url}/tab`);
  if (!served.ok) throw new Error(`${app.url}/tab answered ${served.status}`);
  const tabHtml = (await served.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  // And that HTML without its style blocks: the same elements and text, unstyled. What the markup alone costs.
  const tabUnstyled = tabHtml.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  const stat = await serveStatic({ '/': staticPage(), '/tab-html': tabHtml, '/tab-unstyled': tabUnstyled });
  const base = `http://127.0.0.1:${(stat.address() as AddressInfo).port}`;
  let version = '?';
  try {
    version = await paintBench({
      tab: `${app.url}/tab`,
      static: `${base}/`,
      tabHtml: `${base}/tab-html`,
      tabUnstyled: `${base}/tab-unstyled`,
    });
  } finally {
    app.child.kill();
    stat.close();
  }
  console.log(`Chromium ${version}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
