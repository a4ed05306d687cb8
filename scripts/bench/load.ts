// The one load runner of the project: autocannon against a URL on loopback, bounded in time or count.
// Used by the search benchmark (npm run bench) and by the deployment test (npm run test:deploy).

/** One kind of request the runner sends, in turn with the others. */
export type LoadRequest = {
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadOptions = {
  /** Where to send the requests; `path` of a request is relative to this URL's origin. */
  url: string;
  connections?: number;
  /** Seconds to run; or `amount` requests in all. */
  duration?: number;
  amount?: number;
  requests?: readonly LoadRequest[];
};

export type LoadResult = {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  /** Answers with a status outside 2xx. */
  non2xx: number;
};

type AutocannonResult = {
  latency: { p50: number; p99: number };
  requests: { total: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** Runs the load and summarises it; refuses any host but loopback (tests and benchmarks never leave the machine). */
export async function runLoad({
  url,
  connections = 100,
  duration,
  amount,
  requests = [{}],
}: LoadOptions): Promise<LoadResult> {
  const { hostname } = new URL(url);
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(hostname)) {
    throw new Error(`Load goes to loopback only, not to ${hostname}`);
  }
  // autocannon is a dev dependency and ships no types.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as Autocannon;
  const result = await autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: duration ?? 10 }),
    requests: requests.map((request) => ({ method: 'GET', ...request })),
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Search invokes as Teams sends them (see tests/fixtures/invokes/query-search.json), one per term. */
export function searchInvokes(
  terms: readonly string[] = [
    '',
    'paspoort',
    'Pàspoort pinpas',
    'werk',
    'passport',
    'safe',
    'begeleider betaalt',
    'schulden',
    'xyz',
  ],
): LoadRequest[] {
  return terms.map((term, i) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
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
  }));
}
