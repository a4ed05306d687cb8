// The operator's example, deploy/nginx.conf, run on loopback: the same upstream, proxy and log settings, with
// the instances, listen address and file paths of this test. TLS is left out (the example is checked with
// `nginx -t` as it is, with a throwaway certificate).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DeployTestError, ROOT, RUN_DIR, sh, sleep, waitFor, which } from './util';

const EXAMPLE = path.join(ROOT, 'deploy', 'nginx.conf');

/** Replaces exactly `count` matches of `pattern`, or fails: the example changed shape and the test must follow. */
function replace(text: string, pattern: RegExp, replacement: string, count = 1): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== count) {
    throw new DeployTestError(
      `deploy/nginx.conf: expected ${count} × ${pattern}, found ${matches.length}; update tests/deploy/nginx.ts`,
    );
  }
  return text.replace(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`), replacement);
}

/** The example with these instances and this port on 127.0.0.1, paths in `dir`, no TLS. */
function renderLoopback(example: string, dir: string, port: number, instances: number[]): string {
  let text = replace(example, /^user .*;\n/m, '');
  text = replace(text, /^pid .*;$/m, `pid ${dir}/nginx.pid;`);
  text = replace(text, /access_log \/var\/log\/nginx\/\S+ /, `access_log ${dir}/access.log `);
  text = replace(text, /error_log \/var\/log\/nginx\/\S+ /, `error_log ${dir}/error.log `);
  const servers = instances
    .map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`)
    .join('\n        ');
  text = replace(
    text,
    /server \S+:3978 max_fails=1 fail_timeout=10s;(\s+server \S+:3978 max_fails=1 fail_timeout=10s;)*/,
    servers,
  );
  // The redirect server is not needed here; the TLS server listens on loopback, in plain HTTP.
  text = replace(text, /\n {4}server \{\n {8}listen 80;[\s\S]*?\n {4}\}\n/, '\n');
  text = replace(text, /listen 443 ssl http2;/, `listen 127.0.0.1:${port};`);
  text = replace(text, /\n\s*listen \[::\]:443 ssl http2;/, '');
  text = replace(text, /\n\s*ssl_\w+ [^\n]*/, '', 4);
  // Buffers and temporary files of nginx in the run folder too.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${dir}/tmp/${kind};`)
    .join('\n    ');
  return replace(text, /^http \{\n/m, `http {\n    ${temp}\n`);
}

/** `nginx -t` on the example as an operator uses it, with a throwaway certificate and log paths in `dir`. */
export function checkExample(dir: string): { ok: boolean; output: string } {
  const nginx = nginxBinary();
  const openssl = which('openssl');
  if (!openssl)
    throw new DeployTestError(
      'openssl is missing (apt-get install openssl): needed to check the TLS part of deploy/nginx.conf',
    );
  mkdirSync(dir, { recursive: true });
  sh(openssl, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=signaalkaart.test',
    '-keyout',
    path.join(dir, 'key.pem'),
    '-out',
    path.join(dir, 'cert.pem'),
  ]);
  const text = readFileSync(EXAMPLE, 'utf8')
    .replace('/etc/ssl/signaalkaart/fullchain.pem', path.join(dir, 'cert.pem'))
    .replace('/etc/ssl/signaalkaart/privkey.pem', path.join(dir, 'key.pem'))
    .replaceAll('/var/log/nginx/', `${dir}/`)
    .replace('/run/nginx.pid', path.join(dir, 'nginx.pid'));
  const file = path.join(dir, 'example.conf');
  writeFileSync(file, text);
  const result = sh(nginx, ['-t', '-c', file, '-e', path.join(dir, 'error.log')], { allowFailure: true });
  return { ok: result.status === 0, output: (result.stderr + result.stdout).trim() };
}

export function nginxBinary(): string {
  const nginx = which('nginx');
  if (!nginx) throw new DeployTestError('nginx is missing (apt-get install nginx)');
  return nginx;
}

export type Nginx = {
  url: string;
  /** Starts a new access log; returns the lines of the previous one. */
  rotateLog: () => Promise<string[]>;
  /** Every access log line so far. */
  allLines: () => string[];
  stop: () => Promise<void>;
};

/** Starts nginx in the foreground with the rendered example; stops it with `stop`. */
export async function startNginx(port: number, instances: number[]): Promise<Nginx> {
  const nginx = nginxBinary();
  const dir = path.join(RUN_DIR, 'nginx');
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, renderLoopback(readFileSync(EXAMPLE, 'utf8'), dir, port, instances));
  const errorLog = path.join(dir, 'error.log');
  const child: ChildProcess = spawn(nginx, ['-c', conf, '-p', dir, '-e', errorLog, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new DeployTestError(`nginx stopped at once:\n${stderr}`);
      try {
        return (await fetch(`${url}/healthz`)).ok ? true : undefined;
      } catch {
        return undefined;
      }
    },
    10_000,
    `nginx did not answer on ${url} within 10 s:\n${stderr}`,
  );
  const accessLog = path.join(dir, 'access.log');
  let rotations = 0;
  const seen: string[] = [];
  return {
    url,
    rotateLog: async () => {
      if (!existsSync(accessLog)) return [];
      const previous = path.join(dir, `access.${++rotations}.log`);
      renameSync(accessLog, previous);
      child.kill('SIGUSR1'); // reopen the log files
      await sleep(300);
      const lines = readFileSync(previous, 'utf8').split('\n').filter(Boolean);
      seen.push(...lines);
      return lines;
    },
    allLines: () => [
      ...seen,
      ...(existsSync(accessLog) ? readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : []),
    ],
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT'); // graceful: finish what is under way
      }),
  };
}
