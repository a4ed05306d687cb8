// npm run test:deploy: builds the container image and proves, on loopback only and bounded in time, that
// - the image is as it should be and one container of it serves /healthz, /tab and search (tests/deploy/image.ts);
// - two instances behind nginx (deploy/nginx.conf) serve /tab and search under load, one gets SIGTERM in the
//   middle and the client sees no failed request; a new one takes its place; then one is killed with SIGKILL and
//   the client sees no failed GET;
// - the logs hold no query string, address or search term.
// It prints the numbers at the end. Where no container runtime can run, the instances are Node 24 processes of
// the same build, and the test says so (in CI that is a failure).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runLoad, searchInvokes, type LoadResult } from '../../scripts/bench/load';
import { BASE_IMAGE, ensureBaseImage, startDocker, type Docker } from './docker';
import { checkImage, type ImageFacts } from './image';
import { checkExample, nginxBinary, startNginx, type Nginx } from './nginx';
import { containerRuntime, node24, processRuntime, type Instance, type Runtime } from './runtime';
import { freePort } from '../fixtures/freePort';
import { CACHE, Checks, DeployTestError, ROOT, RUN_DIR, sh, sleep } from './util';

const IMAGE = 'signaalkaart:deploy-test';
/** Settings of the load instances: search without a Teams token, which only a non-production server allows. */
const LOAD_SETTINGS = {
  NODE_ENV: 'development',
  DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
  TAB_ENDPOINT: 'https://signaalkaart.example.nl',
  DEFAULT_GEMEENTE: 'enschede',
};
/** Personal data in requests that must never reach a log. */
const ADDRESS = 'aandachtsfunctionaris@gemeente-privacyproef.nl';
const TERM = 'Privacyproefzoekterm';
const TAB_PATH = `/tab?gemeente=enschede&af=${encodeURIComponent(ADDRESS)}`;
const LOAD_SECONDS = 10;
const EVENT_AT_MS = 3_000;
const CONNECTIONS = 25;

const getLoad = (url: string, duration = LOAD_SECONDS, connections = CONNECTIONS) =>
  runLoad({ url, connections, duration, requests: [{ path: TAB_PATH }] });
const searchLoad = (url: string, duration = LOAD_SECONDS, connections = CONNECTIONS) =>
  runLoad({
    url: `${url}/api/messages`,
    connections,
    duration,
    requests: searchInvokes(['', 'paspoort', 'werk', TERM, 'schulden']),
  });
const failures = (r: LoadResult) => r.errors + r.timeouts + r.non2xx;
const describeLoad = (r: LoadResult) =>
  `${Math.round(r.perSecond)} req/s, p99 ${r.p99} ms, ${r.requests} requests, ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`;

/**
 * Which instance answered each request in an nginx access log (the last upstream; earlier ones were retries),
 * and in how many distinct seconds it answered any: its rate while it served.
 */
function perInstance(
  lines: string[],
  instances: Instance[],
): { counts: Map<string, { requests: number; seconds: number }>; retried: number } {
  const requests = new Map<string, number>();
  const seconds = new Map<string, Set<string>>();
  let retried = 0;
  for (const line of lines) {
    const upstreams = /"([^"]*)" "[^"]*"$/.exec(line)?.[1]?.split(', ') ?? [];
    if (upstreams.length > 1) retried += 1;
    const port = Number(upstreams.at(-1)?.split(':').pop());
    const instance = instances.find((i) => i.port === port);
    if (!instance) continue;
    requests.set(instance.name, (requests.get(instance.name) ?? 0) + 1);
    seconds.set(instance.name, (seconds.get(instance.name) ?? new Set()).add(line.split(' ')[0] ?? ''));
  }
  const counts = new Map(
    instances.map((i) => [
      i.name,
      { requests: requests.get(i.name) ?? 0, seconds: seconds.get(i.name)?.size ?? 0 },
    ]),
  );
  return { counts, retried };
}

type Phase = {
  title: string;
  get: LoadResult;
  search: LoadResult;
  counts: Map<string, { requests: number; seconds: number }>;
  retried: number;
};

const began = performance.now();
/** A section heading with the seconds since the start. */
const section = (title: string) =>
  console.log(`\n== [${Math.round((performance.now() - began) / 1000)} s] ${title}`);

async function main(): Promise<number> {
  const checks = new Checks();
  rmSync(RUN_DIR, { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  console.log('== npm run test:deploy (loopback only)');
  nginxBinary();

  let docker: Docker | undefined;
  let missing: string | undefined;
  if (process.env.DEPLOY_TEST_MODE === 'processes') missing = 'DEPLOY_TEST_MODE=processes';
  else {
    const found = await startDocker();
    if ('missing' in found) missing = found.missing;
    else docker = found;
  }
  if (!docker && process.env.CI) {
    throw new DeployTestError(
      `CI must test the container image, but no container runtime can run: ${missing}`,
    );
  }

  const instances: Instance[] = [];
  let runtime: Runtime | undefined;
  let nginx: Nginx | undefined;
  let image: ImageFacts | undefined;
  const timings: string[] = [];
  const phases: Phase[] = [];
  let direct: { get: LoadResult; search: LoadResult } | undefined;
  try {
    if (docker) {
      section(`Image (Docker daemon: ${docker.daemon === 'own' ? 'started by this test' : "the machine's"})`);
      let t = performance.now();
      const base = await ensureBaseImage(docker);
      timings.push(`base image ${BASE_IMAGE}: ${base} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
      t = performance.now();
      // The legacy builder (no BuildKit plugin here); the host's network, as the test's own daemon has none.
      sh('docker', ['build', '--network', 'host', '-t', IMAGE, '.'], {
        cwd: ROOT,
        env: { ...docker.env, DOCKER_BUILDKIT: '0' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      timings.push(`docker build: ${((performance.now() - t) / 1000).toFixed(0)} s`);
      const prefix = `signaalkaart-deploy-test-${process.pid}`;
      image = await checkImage(docker, IMAGE, BASE_IMAGE, prefix, checks);
      runtime = containerRuntime(docker.env, IMAGE, prefix);
    } else {
      const banner = '!'.repeat(100);
      console.log(`\n${banner}\n!! NO CONTAINER RUNTIME: ${missing}`);
      console.log(
        '!! The image is NOT built or tested. The instances below are Node 24 PROCESSES of the local build.',
      );
      console.log(`${banner}\n`);
      sh('node', [path.join(ROOT, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit' });
      runtime = processRuntime(node24(path.join(CACHE, 'node24')));
      checks.skip('the container image', missing ?? '');
    }

    const example = checkExample(path.join(RUN_DIR, 'nginx-example'));
    checks.check(
      'deploy/nginx.conf as an operator uses it (TLS included) passes nginx -t',
      example.ok,
      example.ok ? '' : example.output,
    );

    section(`One instance, directly (${runtime.kind})`);
    const single = await runtime.start('single', await freePort(), LOAD_SETTINGS);
    instances.push(single);
    const singleUrl = `http://127.0.0.1:${single.port}`;
    await getLoad(singleUrl, 2); // warm-up
    await searchLoad(singleUrl, 2);
    direct = { get: await getLoad(singleUrl, 5, 50), search: await searchLoad(singleUrl, 5, 50) };
    console.log(`  /tab:   ${describeLoad(direct.get)}`);
    console.log(`  search: ${describeLoad(direct.search)}`);
    checks.check(
      'one instance answers /tab and search under load without a failure',
      failures(direct.get) + failures(direct.search) === 0,
    );
    checks.check('SIGTERM on an idle instance: exit code 0', (await single.terminate()) === 0);

    section(
      `Two instances behind nginx; SIGTERM to one after ${EVENT_AT_MS / 1000} s of ${LOAD_SECONDS} s load`,
    );
    const [portA, portB, portNginx] = [await freePort(), await freePort(), await freePort()];
    const a = await runtime.start('a', portA, LOAD_SETTINGS);
    const b = await runtime.start('b', portB, LOAD_SETTINGS);
    instances.push(a, b);
    timings.push(
      `start to first /healthz answer: ${instances.map((i) => `${Math.round(i.startMs)} ms`).join(', ')}`,
    );
    nginx = await startNginx(portNginx, [portA, portB]);
    await nginx.rotateLog();
    let exitA = -1;
    let stopMs = 0;
    const [getTerm, searchTerm] = await Promise.all([
      getLoad(nginx.url),
      searchLoad(nginx.url),
      (async () => {
        await sleep(EVENT_AT_MS);
        const t = performance.now();
        exitA = await a.terminate();
        stopMs = performance.now() - t;
      })(),
    ]);
    phases.push({
      title: 'SIGTERM to a',
      get: getTerm,
      search: searchTerm,
      ...perInstance(await nginx.rotateLog(), [a, b]),
    });
    console.log(`  GET /tab: ${describeLoad(getTerm)}`);
    console.log(`  search:   ${describeLoad(searchTerm)}`);
    checks.check('SIGTERM under load: no failed GET', failures(getTerm) === 0);
    checks.check('SIGTERM under load: no failed search (POST)', failures(searchTerm) === 0);
    checks.check(
      'SIGTERM under load: the instance exits 0',
      exitA === 0,
      `after ${(stopMs / 1000).toFixed(1)} s`,
    );

    section('A new instance takes its place (as in a rolling update); then SIGKILL to the other');
    const a2 = await runtime.start('a2', portA, LOAD_SETTINGS);
    instances.push(a2);
    // nginx tries an instance it marked as failed again after fail_timeout: wait until the new one answers.
    const deadline = Date.now() + 20_000;
    let rejoined = false;
    while (!rejoined && Date.now() < deadline) {
      await getLoad(nginx.url, 1, 4);
      rejoined = (perInstance(await nginx.rotateLog(), [a2]).counts.get(a2.name)?.requests ?? 0) > 0;
    }
    checks.check('nginx sends requests to the new instance', rejoined);
    const [getKill, searchKill] = await Promise.all([
      getLoad(nginx.url),
      searchLoad(nginx.url),
      (async () => {
        await sleep(EVENT_AT_MS);
        await b.kill();
      })(),
    ]);
    phases.push({
      title: 'SIGKILL to b',
      get: getKill,
      search: searchKill,
      ...perInstance(await nginx.rotateLog(), [a2, b]),
    });
    console.log(`  GET /tab: ${describeLoad(getKill)}`);
    console.log(`  search:   ${describeLoad(searchKill)}`);
    checks.check('SIGKILL under load: no failed GET (nginx retries them)', failures(getKill) === 0);
    checks.check(
      'SIGKILL under load: no failed search (nginx resends the POST: the extension stores nothing)',
      failures(searchKill) === 0,
    );
    checks.check('the other instance exits 0 on SIGTERM', (await a2.terminate()) === 0);

    section('Logs');
    for (const instance of instances) await instance.collect();
    const output = instances.map((i) => i.output()).join('');
    const accessLogs = nginx.allLines();
    const requestLines = output
      .split('\n')
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          return {};
        }
      })
      .filter((l) => 'status' in l);
    checks.check(
      'a JSON line per request, with method, path, status and duration',
      requestLines.some(
        (l) => l.method === 'GET' && l.path === '/tab' && l.status === 200 && typeof l.ms === 'number',
      ) && requestLines.some((l) => l.method === 'POST' && l.path === '/api/messages' && l.status === 200),
      `${requestLines.length} request lines`,
    );
    const everything = output + accessLogs.join('\n');
    const secrets: [string, string][] = [
      ['the address from the query string', ADDRESS],
      ['an encoded address', encodeURIComponent(ADDRESS)],
      ['a query string', '/tab?'],
      ['the search term', TERM],
    ];
    for (const [what, text] of secrets) {
      checks.check(`no ${what} in the logs of the instances or nginx`, !everything.includes(text));
    }
  } finally {
    await runtime?.cleanUp();
    await nginx?.stop();
    // Images a rebuild left untagged, in our own daemon only (the cache keeps the layers still in use).
    if (docker?.daemon === 'own')
      docker.run(['image', 'prune', '-f', '--filter', 'until=168h'], { allowFailure: true });
    await docker?.stop();
  }

  // The numbers.
  section('Numbers (2 cores, shared by the load generator, nginx and the instances)');
  if (image) {
    const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
    console.log(
      `image ${IMAGE}: ${mb(image.bytes)} (base ${BASE_IMAGE} ${mb(image.baseBytes)}, app ${mb(image.bytes - image.baseBytes)})`,
    );
    console.log(
      `in the container: listening ${image.startMs} ms after the process started; docker stop took ${Math.round(image.stopMs ?? 0)} ms`,
    );
  } else {
    console.log('image: NOT BUILT (no container runtime)');
  }
  for (const line of timings) console.log(line);
  if (direct) {
    console.log(
      `one instance, 50 connections: /tab ${Math.round(direct.get.perSecond)} req/s p99 ${direct.get.p99} ms; search ${Math.round(direct.search.perSecond)} req/s p99 ${direct.search.p99} ms`,
    );
  }
  for (const phase of phases) {
    const share = [...phase.counts]
      .map(
        ([name, { requests, seconds }]) =>
          `${name.split('-').pop()} ${requests} requests in ${seconds} s (${Math.round(requests / Math.max(seconds, 1))}/s)`,
      )
      .join(', ');
    console.log(
      `${phase.title}: GET ${Math.round(phase.get.perSecond)} req/s p99 ${phase.get.p99} ms, ${failures(phase.get)} failed; ` +
        `search ${Math.round(phase.search.perSecond)} req/s p99 ${phase.search.p99} ms, ${failures(phase.search)} failed; ` +
        `per instance: ${share}; ${phase.retried} retried by nginx`,
    );
  }
  console.log(
    `took ${Math.round((performance.now() - began) / 1000)} s${runtime?.kind === 'processes' ? ' — WITHOUT CONTAINERS' : ''}`,
  );
  console.log();
  const skipped = checks.skipped.length ? `, ${checks.skipped.length} skipped` : '';
  console.log(`${checks.passed} passed, ${checks.failed.length} failed${skipped}`);
  return checks.failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nnpm run test:deploy stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
