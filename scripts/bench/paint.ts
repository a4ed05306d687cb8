// The first-paint benchmark: the tab against plain pages with the same text, in one Chromium run, in turn.
import { createServer, type Server } from 'node:http';
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
import { uiText } from '../../src/tab/i18n/tab';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';
import { median, quantile, ratioInterval } from './stats';

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
export function staticPage(): string {
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
export function serveStatic(pages: Record<string, string>): Promise<Server> {
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

/** The console message prefix with which the probe reports its measurements. */
const REPORT = 'signaalkaart-bench:';

// Runs in the page before anything else. It notes the first contentful paint, the first frame in which the
// last question's text has a box, and the background the heading stands on in that frame, and reports them in
// one console message. The bench reads nothing else from the page while it loads: a Playwright evaluation
// injects Playwright's own script (main-thread work), which lands on the first frame and would be measured as the
// page's own work.
const PROBE = `(() => {
  const wanted = ${JSON.stringify(LAST_QUESTION)};
  let fcp = null;
  let lastQuestion = null;
  let background = null;
  const report = () => {
    if (fcp !== null && lastQuestion !== null)
      console.debug('${REPORT}' + JSON.stringify({ fcp, lastQuestion, background }));
  };
  const backgroundOf = (element) => {
    for (let el = element; el; el = el.parentElement) {
      const colour = getComputedStyle(el).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
    }
    return getComputedStyle(document.documentElement).colorScheme === 'dark' ? 'dark canvas' : 'white canvas';
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
  const poll = (now) => {
    if (find()) {
      lastQuestion = now;
      background = backgroundOf(document.querySelector('h1'));
      report();
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

type Sample = { fcp: number; lastQuestion: number; background: string };

/**
 * The pages the paint bench loads: the tab as the app serves it (light, and dark as Teams' placeholders ask for
 * it), and three references on a plain server.
 */
export type PaintPages = {
  tab: string;
  tabDark: string;
  static: string;
  tabHtml: string;
  tabUnstyled: string;
};
const PAGE_ROWS: Record<keyof PaintPages, string> = {
  tab: '/tab',
  tabDark: '/tab dark',
  tabHtml: '/tab HTML only',
  tabUnstyled: '/tab unstyled',
  static: 'static',
};

/** The bench's figures for one page, for the summary. */
/** Loads the pages in turn and prints FCP, the ratios and the first-paint colours; `darkBackground` is expected. */
export async function paintBench(urls: PaintPages, darkBackground: string): Promise<string> {
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
  console.log(`ratio tab dark/tab: FCP ${ratio('tabDark', 'tab', (x) => x.fcp)}`);
  // The colour of the first frame with the whole card, in every load: the dark variant must be dark from the start.
  const backgrounds = (name: keyof PaintPages) =>
    [...new Set(samples[name].map((x) => x.background))].join(' or ');
  const dark = samples.tabDark.every((x) => x.background === darkBackground);
  console.log(
    `first paint background: /tab ${backgrounds('tab')}; /tab dark ${backgrounds('tabDark')} ` +
      `(the dark theme's ${darkBackground}: ${dark ? 'yes, in every load' : 'NO'})`,
  );
  return version;
}
