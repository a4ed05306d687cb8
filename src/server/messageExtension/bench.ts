/**
 * Load test hook for the search path: `npx tsx src/server/messageExtension/bench.ts [messaging endpoint URL]`.
 * Without a URL it starts the message extension in a child process on a free loopback port in local testing mode
 * (no token), fires 5000 `composeExtension/query` invokes with varied search terms, 100 at a time, and prints
 * p50/p99 in ms.
 * The budget is p99 < 50 ms on loopback. Other tools can reuse `searchRequestBodies()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import express from 'express';
import { NO_SETTINGS } from '../../content';
import { createMessageExtension, MESSAGING_ENDPOINT, requestListener } from './index';

const TERMS = [
  '',
  'paspoort',
  'Pàspoort pinpas',
  'werk',
  'passport',
  'safe',
  'begeleider betaalt',
  'schulden',
  'xyz',
];

/** Search invokes as Teams sends them (see tests/fixtures/invokes/query-search.json), one per term. */
export function searchRequestBodies(): string[] {
  return TERMS.map((term, i) =>
    JSON.stringify({
      type: 'invoke',
      name: 'composeExtension/query',
      id: `f:bench-${i}`,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      from: { id: '29:bench-user', aadObjectId: 'b130c271-d2eb-45f9-83ab-9eb3fe3788bc' },
      conversation: { id: '19:bench@thread.v2', conversationType: 'groupChat', tenantId: 'bench' },
      recipient: { id: '28:bench-bot', name: 'Signaalkaart' },
      locale: i % 3 ? 'nl-NL' : 'en-US',
      channelData: { tenant: { id: 'bench' }, source: { name: 'compose' } },
      value: {
        commandId: 'zoeken',
        parameters: [{ name: 'zoekterm', value: term }],
        queryOptions: { skip: 0, count: 25 },
      },
    }),
  );
}

export type BenchResult = { requests: number; errors: number; non2xx: number; p50: number; p99: number };

type AutocannonResult = {
  latency: { p50: number; p99: number };
  requests: { total: number };
  errors: number;
  non2xx: number;
};
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** Fires `amount` search invokes with `connections` in parallel at a messaging endpoint URL. */
export async function benchSearch(
  url: string,
  { connections = 100, amount = 5000, headers = {} as Record<string, string> } = {},
): Promise<BenchResult> {
  // autocannon is a dev dependency and ships no types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as Autocannon;
  const result = await autocannon({
    url,
    connections,
    amount,
    requests: searchRequestBodies().map((body) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })),
  });
  return {
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** Starts the message extension alone, in local testing mode, on a free loopback port; resolves its endpoint URL. */
export async function serveForBench(): Promise<{ url: string; close: () => Promise<void> }> {
  const endpoint = await createMessageExtension(
    {
      port: 0,
      host: '127.0.0.1',
      tabEndpoint: 'https://signaalkaart.example.nl',
      defaults: NO_SETTINGS,
      allowUnauthenticated: true,
      production: false,
      extraFrameAncestors: [],
    },
    { log: { error: () => undefined, warn: () => undefined, info: () => undefined } },
  );
  const server = createServer(requestListener(endpoint, express())).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${MESSAGING_ENDPOINT}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// The server runs in its own process, so the load generator does not steal its CPU.
async function main(): Promise<void> {
  if (process.argv[2] === '--serve') {
    const { url } = await serveForBench();
    process.stdout.write(`${url}\n`);
    return;
  }
  let url = process.argv[2];
  let child: ChildProcess | undefined;
  if (!url) {
    child = spawn(process.execPath, [...process.execArgv, __filename, '--serve'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child?.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child?.once('exit', () => reject(new Error('bench server did not start')));
    });
  }
  try {
    await benchSearch(url, { connections: 10, amount: 500 }); // warm-up
    const result = await benchSearch(url);
    console.log(JSON.stringify(result));
    console.log(`search p50 ${result.p50} ms, p99 ${result.p99} ms (budget: p99 < 50 ms)`);
    if (result.errors || result.non2xx) process.exitCode = 1;
  } finally {
    child?.kill();
  }
}

if (require.main === module) void main();
