// Lighthouse itself (npm lighthouse, its default mobile profile and simulated throttling) on the tab and on the plain
// page with the same text, in turn, in Debian's Chromium. Its scores and timings are its own model of a mid-range
// phone, so they are read next to the plain page's from the same run, never on their own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';
import { median } from './stats';

/** What the bench reads from one Lighthouse report. */
export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds, in Lighthouse's simulation. */
  fcp: number;
  tbt: number;
  /** JavaScript execution time ("bootup-time"). */
  bootup: number;
};

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Report } | undefined>;

/** Reads the figures the bench reports from a Lighthouse result. */
function figuresOf(report: Report): LighthouseFigures {
  const score = (name: string) => report.categories[name]?.score ?? Number.NaN;
  const value = (name: string) => report.audits[name]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    bootup: value('bootup-time'),
  };
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves with the port. */
function startChromium(profile: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    chromiumPath(),
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (match) resolve({ port: Number(match[1]), child });
    });
    child.once('exit', (code) => reject(new Error(`Chromium stopped (${code}):\n${err.slice(-2000)}`)));
  });
}

/** Runs Lighthouse `runs` times on each URL, in turn (A B B A …), in one Chromium; returns each URL's reports. */
export async function lighthouseRuns(
  urls: Record<string, string>,
  runs: number,
): Promise<Record<string, LighthouseFigures[]>> {
  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: Lighthouse };
  const profile = mkdtempSync(join(tmpdir(), 'signaalkaart-lighthouse-'));
  const { port, child } = await startChromium(profile);
  const names = Object.keys(urls);
  const results: Record<string, LighthouseFigures[]> = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const name of run % 2 ? [...names].reverse() : names) {
        const result = await lighthouse(urls[name]!, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${urls[name]}`);
        results[name]!.push(figuresOf(result.lhr));
      }
    }
  } finally {
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

/** The median of each figure over the runs. */
function medianFigures(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const of = (pick: (f: LighthouseFigures) => number) => median(runs.map(pick));
  return {
    performance: of((f) => f.performance),
    accessibility: of((f) => f.accessibility),
    bestPractices: of((f) => f.bestPractices),
    fcp: of((f) => f.fcp),
    tbt: of((f) => f.tbt),
    bootup: of((f) => f.bootup),
  };
}

/** Prints the medians of each page side by side, and the tab's ratios to the plain page. */
export function printLighthouse(results: Record<string, LighthouseFigures[]>, runs: number): void {
  console.log(
    `\nLighthouse (mobile profile, simulated throttling), median of ${runs} runs each, pages in turn:`,
  );
  const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
  for (const [name, figures] of Object.entries(results)) {
    const m = medianFigures(figures);
    console.log(
      `${name.padEnd(15)} performance ${m.performance.toFixed(2)}  accessibility ${m.accessibility.toFixed(2)}  ` +
        `best practices ${m.bestPractices.toFixed(2)}  FCP ${ms(m.fcp)}  TBT ${ms(m.tbt)}  JS boot-up ${ms(m.bootup)}` +
        `   (TBT of each run: ${figures.map((f) => f.tbt.toFixed(0)).join(', ')})`,
    );
  }
}
