// Checks of the built image: what is in it, and how one container of it behaves with the default settings in
// production (no network at all: the checks run inside it, with docker exec).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Docker } from './docker';
import type { Checks } from './util';
import { ROOT, exec, shAsync, sleep } from './util';

export type ImageFacts = { bytes: number; baseBytes: number; startMs?: number; stopMs?: number };

/** Paths (as in package-lock.json) of the packages only the development tools need. */
function devOnlyPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([, entry]) => entry.dev)
      .map(([key]) => key),
  );
}

// Runs inside the image: what /app holds, every installed package path, and any file that should not be there.
const LIST_CONTENTS = `
const fs = require('fs'), path = require('path');
const packages = [], suspicious = [];
const walkModules = (dir, prefix) => {
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) { walkModules(path.join(dir, name), prefix + name + '/'); continue; }
    const key = prefix + name;
    packages.push(key);
    const nested = path.join(dir, name, 'node_modules');
    if (fs.existsSync(nested)) walkModules(nested, key + '/node_modules/');
  }
};
walkModules('/app/node_modules', 'node_modules/');
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (/^\\.env|\\.user$|^(tests?|__tests__)$|\\.test\\.[jt]sx?$/.test(entry.name) && !full.includes('/node_modules/')) suspicious.push(full);
    if (entry.isDirectory() && !full.startsWith('/app/node_modules')) walk(full);
  }
};
walk('/app');
console.log(JSON.stringify({ top: fs.readdirSync('/app').sort(), packages, suspicious }));
`;

// Runs inside the running container: the app as a client on its own loopback sees it.
const PROBE = `
const fs = require('fs');
const port = process.env.PORT || 3978;
const get = (p, init) => fetch('http://127.0.0.1:' + port + p, init).then(async (r) => ({ status: r.status, body: await r.text() }));
(async () => {
  const out = {};
  out.healthz = await get('/healthz');
  out.readyz = (await get('/readyz')).status;
  const tab = await get('/tab?gemeente=enschede');
  out.tab = { status: tab.status, card: tab.body.includes('Signaalkaart mensenhandel') };
  out.searchWithoutToken = (await get('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: process.argv[1] })).status;
  out.uid = /^Uid:\\s+(\\d+)/m.exec(fs.readFileSync('/proc/1/status', 'utf8'))[1];
  try { fs.writeFileSync('/app/written', 'x'); out.appWritable = true; } catch (e) { out.appWritable = e.code; }
  try { fs.writeFileSync('/tmp/written', 'x'); out.tmpWritable = true; } catch (e) { out.tmpWritable = e.code; }
  console.log(JSON.stringify(out));
})();
`;

type Contents = { top: string[]; packages: string[]; suspicious: string[] };
type Probe = {
  healthz: { status: number; body: string };
  readyz: number;
  tab: { status: number; card: boolean };
  searchWithoutToken: number;
  uid: string;
  appWritable: true | string;
  tmpWritable: true | string;
};

export async function checkImage(
  docker: Docker,
  image: string,
  baseImage: string,
  prefix: string,
  checks: Checks,
): Promise<ImageFacts> {
  const run = (...args: string[]) => shAsync('docker', args, docker.env);
  const inspect = JSON.parse(await run('image', 'inspect', image))[0] as {
    Size: number;
    Config: { User: string; Env: string[]; Healthcheck?: { Test: string[] }; Cmd: string[] };
  };
  const baseBytes = (JSON.parse(await run('image', 'inspect', baseImage))[0] as { Size: number }).Size;
  const { Config: config } = inspect;
  checks.check(
    'the image runs as a non-root user',
    /^[1-9]\d*(:\d+)?$/.test(config.User),
    `USER ${config.User}`,
  );
  checks.check('the image sets NODE_ENV=production', config.Env.includes('NODE_ENV=production'));
  checks.check('the image has a HEALTHCHECK', Boolean(config.Healthcheck?.Test?.length));

  const contents = JSON.parse(
    await run('run', '--rm', '--network', 'none', image, 'node', '-e', LIST_CONTENTS),
  ) as Contents;
  const dev = devOnlyPackages();
  const devInImage = contents.packages.filter((key) => dev.has(key));
  checks.check(
    '/app holds only dist/, node_modules/ and package.json',
    contents.top.join(',') === 'dist,node_modules,package.json',
    contents.top.join(', '),
  );
  checks.check(
    'no development dependency in the image',
    devInImage.length === 0 && contents.packages.length > 0,
    devInImage.length ? devInImage.slice(0, 5).join(', ') : `${contents.packages.length} production packages`,
  );
  checks.check(
    'no tests, .env* or *.user files in the image',
    contents.suspicious.length === 0,
    contents.suspicious.slice(0, 5).join(', '),
  );

  // One container as an operator would run it: production, a bot id, read-only root, default port; no network.
  const name = `${prefix}-smoke`;
  const began = performance.now();
  await run(
    'run',
    '-d',
    '--name',
    name,
    '--network',
    'none',
    '--read-only',
    '--tmpfs',
    '/tmp',
    '--health-interval',
    '1s',
    '--health-start-period',
    '30s',
    '-e',
    'BOT_ID=6c1b5a2e-0f3d-4e8a-9b7c-2d4e6f8a0b1c',
    '-e',
    'DEFAULT_GEMEENTE=enschede',
    image,
  );
  let health = '';
  for (let i = 0; i < 300 && health !== 'healthy' && health !== 'unhealthy'; i++) {
    await sleep(100);
    health = (await run('inspect', '-f', '{{.State.Health.Status}}', name)).trim();
  }
  const healthyMs = performance.now() - began;
  checks.check(
    'the HEALTHCHECK reports healthy',
    health === 'healthy',
    `${(healthyMs / 1000).toFixed(1)} s after docker run, checking every second`,
  );
  checks.check(
    'the root file system is read-only',
    (await run('inspect', '-f', '{{.HostConfig.ReadonlyRootfs}}', name)).trim() === 'true',
  );
  const search = readFileSync(path.join(ROOT, 'tests/fixtures/invokes/query-search.json'), 'utf8');
  const probe = JSON.parse(await run('exec', name, 'node', '-e', PROBE, search)) as Probe;
  checks.check('/healthz answers 200 ok', probe.healthz.status === 200 && probe.healthz.body === 'ok');
  checks.check('/readyz answers 200', probe.readyz === 200);
  checks.check('/tab answers 200 with the card', probe.tab.status === 200 && probe.tab.card);
  checks.check(
    'a search without a Teams token gets 401 (tokens are checked in production)',
    probe.searchWithoutToken === 401,
    String(probe.searchWithoutToken),
  );
  checks.check('the server runs as a non-root user', probe.uid !== '0', `uid ${probe.uid}`);
  checks.check('the app cannot write into /app', probe.appWritable === 'EROFS', String(probe.appWritable));
  checks.check('the app can write to the /tmp tmpfs', probe.tmpWritable === true);

  const stopBegan = performance.now();
  await run('stop', '--time', '20', name);
  const stopMs = performance.now() - stopBegan;
  const exitCode = (await run('inspect', '-f', '{{.State.ExitCode}}', name)).trim();
  const lines = (await logs(docker, name)).split('\n').filter(Boolean);
  const parsed = lines.map((line) => {
    try {
      return JSON.parse(line) as { msg?: string; startMs?: number };
    } catch {
      return undefined;
    }
  });
  checks.check('docker stop: the server exits 0', exitCode === '0', `in ${(stopMs / 1000).toFixed(1)} s`);
  checks.check(
    'every line on stdout is JSON',
    lines.length > 0 && parsed.every(Boolean),
    `${lines.length} lines`,
  );
  checks.check(
    'one line at start, one at shutdown',
    parsed.some((p) => p?.msg?.startsWith('Signaalkaart draait op http://localhost:3978/tab')) &&
      parsed.some((p) => p?.msg?.startsWith('Signaalkaart is gestopt')),
  );
  const startMs = parsed.find((p) => p?.startMs !== undefined)?.startMs;
  await run('rm', '-f', name);

  // Settings that are wrong: the container does not start and names every problem.
  const bad = await exec(
    'docker',
    [
      'run',
      '--rm',
      '--network',
      'none',
      '-e',
      'PORT=abc',
      '-e',
      'DEFAULT_GEMEENTE=amsterdam',
      '-e',
      'SHUTDOWN_TIMEOUT=0',
      image,
    ],
    docker.env,
  );
  let problems: unknown[] = [];
  try {
    const line = JSON.parse(bad.stdout.trim().split('\n').pop() ?? '') as {
      level?: string;
      problems?: unknown[];
    };
    problems = line.level === 'error' ? (line.problems ?? []) : [];
  } catch {
    // not JSON: no problems found, and the check fails
  }
  checks.check(
    'wrong settings: exit code 1 and a JSON error line naming all 3 problems',
    bad.code === 1 && problems.length === 3,
    `exit ${bad.code}, ${problems.length} problems`,
  );

  return { bytes: inspect.Size, baseBytes, startMs, stopMs };
}

async function logs(docker: Docker, name: string): Promise<string> {
  return (await exec('docker', ['logs', name], docker.env)).stdout;
}
