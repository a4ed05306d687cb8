// The message extension's search under load, against a floor in the same run: a minimal Teams SDK app whose
// search handler returns a fixed, prebuilt answer (./floor.ts). Both serve in their own process; the load comes
// from this one, in turn (ours, floor, floor, ours, and again), so drift on the machine hits both alike. Medians
// over the runs: one stall of the machine in one run moves a p99, not the result.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startApp } from './app';
import { runLoad, searchInvokes, type LoadResult } from './load';
import { median } from './stats';

const CONNECTIONS = 100;
const SECONDS = 5;
/** Runs of each, in ABBA order: BENCH_SEARCH_RUNS (even), default 6. */
const RUNS = Math.max(2, Math.round(Number(process.env.BENCH_SEARCH_RUNS ?? 6) / 2) * 2);

/** Starts the floor app; resolves with its messaging endpoint. */
function startFloor(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...process.execArgv, join(__dirname, 'floor.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: chunk.toString().trim(), child }));
    child.once('exit', (code) => reject(new Error(`the floor app stopped (${code})`)));
  });
}

async function answers(url: string): Promise<boolean> {
  const [request] = searchInvokes();
  const response = await fetch(url, { method: 'POST', headers: request!.headers, body: request!.body });
  return response.status === 200 && (await response.text()).includes('composeExtension');
}

const medianOf = (results: LoadResult[], pick: (r: LoadResult) => number) => median(results.map(pick));

function row(name: string, results: LoadResult[]): string {
  const sum = (pick: (r: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return (
    `${name.padEnd(6)} p50 ${medianOf(results, (r) => r.p50).toFixed(1)} ms, p99 ${medianOf(results, (r) => r.p99).toFixed(1)} ms, ` +
    `${medianOf(results, (r) => r.perSecond).toFixed(0)} req/s; ${sum((r) => r.requests)} requests, ` +
    `errors ${sum((r) => r.errors)}, non-2xx ${sum((r) => r.non2xx)}; p99 of each run: ` +
    results.map((r) => r.p99.toFixed(0)).join(', ')
  );
}

export async function searchBench(): Promise<void> {
  // Local testing mode: no Bot Framework token, in both (never with NODE_ENV=production).
  const ours = await startApp({
    DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
    NODE_ENV: 'development',
    BOT_ID: '',
    CLIENT_ID: '',
    TAB_ENDPOINT: 'https://signaalkaart.example.nl',
  });
  const floor = await startFloor();
  try {
    const endpoints = { ours: `${ours.url}/api/messages`, floor: floor.url };
    for (const [name, url] of Object.entries(endpoints)) {
      if (!(await answers(url))) {
        console.log(`\nMessage extension search: NOT MEASURED, ${name} at ${url} does not answer a search`);
        return;
      }
    }
    const requests = searchInvokes();
    const load = (url: string) => runLoad({ url, connections: CONNECTIONS, duration: SECONDS, requests });
    await load(endpoints.ours); // warm-up of both servers' JIT, not counted
    await load(endpoints.floor);
    const results = { ours: [] as LoadResult[], floor: [] as LoadResult[] };
    for (let run = 0; run < RUNS / 2; run++)
      for (const name of ['ours', 'floor', 'floor', 'ours'] as const)
        results[name].push(await load(endpoints[name]));
    const ratio = medianOf(results.ours, (r) => r.p99) / medianOf(results.floor, (r) => r.p99);
    console.log(
      `\nMessage extension search (composeExtension/query, ${CONNECTIONS} connections, ${RUNS} x ${SECONDS} s each, ` +
        'loopback, medians of the runs):',
    );
    console.log(row('ours', results.ours));
    console.log(row('floor', results.floor));
    console.log(`ratio ours/floor: p99 ${ratio.toFixed(2)}x (budget <= 1.1x)`);
  } finally {
    ours.child.kill();
    floor.child.kill();
  }
}
