// npm run bench: the tab against a plain static page with the same text (the physical limit), in one
// Chromium run; bundle sizes; and the message extension's search latency. Numbers only, no assertions.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  cardText,
  fillTemplate,
  KMT,
  QUESTION_IDS,
  questionLine,
  signalIdsOf,
  tipsSentence,
} from '../src/content';
import { searchRequestBodies } from '../src/server/messageExtension/bench';
import { checkBudget, kb, type EntryFiles } from './budget';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const LOADS = Number(process.env.BENCH_LOADS ?? 30);
const card = cardText('nl');
/** The last question of the card: when its text is painted, the whole card is on screen. */
const LAST_QUESTION = card.questions[QUESTION_IDS[QUESTION_IDS.length - 1]!].text;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same text as the tab, as plain HTML with a few lines of CSS: no framework, no script. */
function staticPage(): string {
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
  const section = (title: string, body: string) => `<section><h2>${escape(title)}</h2>${body}</section>`;
  const t = card.sectionTitles;
  const kmt = fillTemplate(card.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(card.title)}</title>
<style>body{margin:0;font-family:'Segoe UI',system-ui,sans-serif;font-size:14px;line-height:20px}
main{max-width:1200px;margin:0 auto;padding:16px;display:grid;grid-template-columns:3fr 2fr;gap:32px}
h1{grid-column:1/-1;font-size:24px;margin:0}</style></head><body><main><h1>${escape(card.title)}</h1><div>
${card.intro.map((p) => `<p>${escape(p)}</p>`).join('')}
${section(t.slachtoffer, list(signalIdsOf('slachtoffer').map((id) => card.signals[id])))}
${section(t.begeleider, list(signalIdsOf('begeleider').map((id) => card.signals[id])))}
${section(t.tips, `<p>${escape(tipsSentence(card))}</p>`)}
${section(t['hoe-verder'], `<p>${escape(kmt)} ${escape(card.hoeVerderAandachtsfunctionaris)}</p><p>${escape(KMT.websiteDisplay)}</p>`)}
</div><aside>${section(t.vragen, list(QUESTION_IDS.map((id) => questionLine(card.questions[id]))))}</aside></main></body></html>`;
}

/** Serves one page as the app serves its pages: in memory, brotli/gzip, ETag, no-cache. */
function serveStatic(html: string): Promise<Server> {
  const body = Buffer.from(html);
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const gz = gzipSync(body, { level: 9 });
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const server = createServer((req, res) => {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const [out, encoding] = /\bbr\b/.test(accepted)
      ? [br, 'br']
      : /\bgzip\b/.test(accepted)
        ? [gz, 'gzip']
        : [body, ''];
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.end(out);
  });
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

// Runs in the page before anything else: notes the first frame in which the last question's text has a box.
const PROBE = `(() => {
  const wanted = ${JSON.stringify(LAST_QUESTION)};
  window.__lastQuestionPainted = null;
  const find = () => {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.data.includes(wanted)) return node.parentElement.getBoundingClientRect().height > 0;
    return false;
  };
  const poll = (now) => { if (find()) window.__lastQuestionPainted = now; else requestAnimationFrame(poll); };
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

async function paintBench(tabUrl: string, staticUrl: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const samples: Record<'tab' | 'static', Sample[]> = { tab: [], static: [] };
  const load = async (url: string): Promise<Sample> => {
    // A fresh context per load: no HTTP cache, no warm connection from the previous page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(PROBE);
    // BENCH_NO_JS=1: the same loads without the bundle, to see what the script costs the first paint.
    if (process.env.BENCH_NO_JS) await context.route('**/assets/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { __lastQuestionPainted: number | null }).__lastQuestionPainted !== null,
    );
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const sample = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      lastQuestion: (window as unknown as { __lastQuestionPainted: number }).__lastQuestionPainted,
    }));
    await context.close();
    return sample;
  };
  await load(tabUrl); // warm-up (server, disk), not counted
  await load(staticUrl);
  // ABBA: neither page always follows the other (the previous page's teardown overlaps the next load).
  for (let i = 0; i < LOADS; i++) {
    const order = i % 2 ? (['static', 'tab'] as const) : (['tab', 'static'] as const);
    for (const name of order) samples[name].push(await load(name === 'tab' ? tabUrl : staticUrl));
  }
  const version = browser.version();
  await browser.close();
  const ms = (value: number) => `${value.toFixed(0).padStart(4)} ms`;
  const spread = (values: number[]) =>
    `${ms(median(values))} (middle half ${quantile(values, 0.25).toFixed(0)}-${quantile(values, 0.75).toFixed(0)})`;
  const row = (name: string, s: Sample[]) =>
    `${name.padEnd(8)} FCP ${spread(s.map((x) => x.fcp))}   last question ${spread(s.map((x) => x.lastQuestion))}`;
  const ratio = (pick: (x: Sample) => number) => {
    const [tab, stat] = [samples.tab.map(pick), samples.static.map(pick)];
    const [low, high] = ratioInterval(tab, stat);
    return `${(median(tab) / median(stat)).toFixed(2)}x (95% interval ${low.toFixed(2)}-${high.toFixed(2)})`;
  };
  console.log(
    `\nFirst paint, ${LOADS} loads each in ABBA order, medians (viewport 1280x900, fresh context per load):`,
  );
  console.log(row('/tab', samples.tab));
  console.log(row('static', samples.static));
  console.log(`ratio tab/static: FCP ${ratio((x) => x.fcp)}, goal <= 1.2x`);
  console.log(`                  last question ${ratio((x) => x.lastQuestion)}`);
  return version;
}

type AutocannonResult = {
  latency: { p50: number; p99: number };
  requests: { total: number; average: number };
  errors: number;
  non2xx: number;
};

async function searchBench(): Promise<void> {
  // Local testing mode: no Bot Framework token (never with NODE_ENV=production).
  const env = {
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
    NODE_ENV: 'development',
    BOT_ID: '',
    CLIENT_ID: '',
  };
  const { url, child } = await startApp(env);
  // The same varied search invokes as the message extension's own load test, shaped as Teams sends them.
  const searchBodies = searchRequestBodies();
  try {
    const endpoint = `${url}/api/messages`;
    const probe = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: searchBodies[0],
    });
    const text = await probe.text();
    if (probe.status !== 200 || !text.includes('composeExtension')) {
      console.log(
        `\nMessage extension search: NOT MEASURED, ${endpoint} answered ${probe.status} (is it wired?)`,
      );
      return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon ships no types
    const autocannon = require('autocannon') as (
      options: Record<string, unknown>,
    ) => Promise<AutocannonResult>;
    const run = (duration: number) =>
      autocannon({
        url: endpoint,
        connections: 100,
        duration,
        requests: searchBodies.map((body) => ({
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })),
      });
    await run(2); // warm-up: the server's JIT, not counted
    const result = await run(10);
    console.log(`\nMessage extension search (composeExtension/query, 100 connections, 10 s, loopback):`);
    console.log(
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (budget p99 < 50 ms); ` +
        `${result.requests.total} requests, ${result.requests.average}/s, errors ${result.errors}, non-2xx ${result.non2xx}`,
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
  const initial = new Set(Object.values(entries).flatMap((e) => e.beforeInteractive));
  const lazy = spawnSync('ls', [assets])
    .stdout.toString()
    .split('\n')
    .filter((f) => f.endsWith('.js') && !initial.has(f));
  for (const file of lazy) console.log(`lazy    ${file.padEnd(32)} ${kb(gz(file)).padStart(9)}`);
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
  const stat = await serveStatic(staticPage());
  let version = '?';
  try {
    version = await paintBench(`${app.url}/tab`, `http://127.0.0.1:${(stat.address() as AddressInfo).port}/`);
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
