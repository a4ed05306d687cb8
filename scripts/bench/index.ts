// npm run bench: bundle and CSS sizes; the message extension's search against a minimal Teams SDK app; the tab's
// first paint against plain pages with the same text, in one Chromium run; and Lighthouse on the tab next to the
// plain page. Numbers only, no assertions.
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { teamsDarkTheme } from '@fluentui/react-components';
import { ROOT, startApp } from './app';
import { lighthouseRuns, printLighthouse } from './lighthouse';
import { paintBench, serveStatic, staticPage } from './paint';
import { searchBench } from './search';
import { printSizes } from './sizes';

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/** `#rrggbb` as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

async function main(): Promise<void> {
  // The same check as npm start: builds when there is no build or the sources changed since the last one.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const cpu = cpus();
  // Other work on the machine stretches every timing (Lighthouse's most): its load is part of the result.
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(
    `Machine: ${cpu[0]?.model.trim()}, ${cpu.length} cores, load ${load()}; Node ${process.version}`,
  );
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
    version = await paintBench(
      {
        tab: `${app.url}/tab`,
        // As Teams in dark mode opens a tab URL with the placeholders filled in.
        tabDark: `${app.url}/tab?theme=dark&theme=dark&locale=nl-nl&locale=nl-nl`,
        static: `${base}/`,
        tabHtml: `${base}/tab-html`,
        tabUnstyled: `${base}/tab-unstyled`,
      },
      rgb(teamsDarkTheme.colorNeutralBackground1),
    );
    // Lighthouse after the paint bench, never beside it: both want the machine to themselves.
    printLighthouse(
      await lighthouseRuns({ '/tab': `${app.url}/tab`, static: `${base}/` }, LIGHTHOUSE_RUNS),
      LIGHTHOUSE_RUNS,
    );
  } finally {
    app.child.kill();
    stat.close();
  }
  console.log(`Chromium ${version}; machine load at the end ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
