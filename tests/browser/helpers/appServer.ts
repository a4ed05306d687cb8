import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { freePort } from '../../fixtures/freePort';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
// APP_SERVER_ENTRY only to try the suite's own machinery against another server while developing it.
export const SERVER_ENTRY = process.env.APP_SERVER_ENTRY ?? path.join(ROOT, 'dist/server/main.js');

export type AppServer = {
  origin: string;
  port: number;
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
};

/**
 * Starts the production server (`node dist/server/main.js`) as a child process on a free port and waits
 * for /healthz. Only the variables given in `env` configure it: deployment settings of the machine running
 * the tests do not leak in.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(
      `${SERVER_ENTRY} is missing: run "npm run build" (npm run test:browser does it for you).`,
    );
  }
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Also kept in test-results/, so a server that dies in the middle of a run can be looked into.
  const logFile = path.join(ROOT, `test-results/app-server-${port}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = (chunk: Buffer) => {
    output += chunk.toString();
    appendFileSync(logFile, chunk);
  };
  child.stdout.on('data', log);
  child.stderr.on('data', log);
  let exited: number | null | undefined;
  let stopping = false;
  child.on('exit', (code, signal) => {
    exited = code;
    if (!stopping) {
      appendFileSync(
        logFile,
        `\n[test suite] the app server exited by itself: code ${code}, signal ${signal}\n`,
      );
    }
  });

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`The app server exited with code ${exited}:\n${output}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app server did not answer ${origin}/healthz within 20 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    origin,
    port,
    pid: child.pid ?? -1,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (exited !== undefined) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
