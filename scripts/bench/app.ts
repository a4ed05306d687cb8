// Starts the production server (dist/server/main.js) for a benchmark, as its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export type AppProcess = { url: string; child: ChildProcess };

/** Starts dist/server/main.js on a free port and resolves with its base URL. */
export function startApp(env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const child = spawn(process.execPath, [join(DIST, 'server', 'main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/[^\s/]+)\/tab/.exec(out);
      if (match) resolve({ url: match[1]!.replace('localhost', '127.0.0.1'), child });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server stopped (${code}):\n${out}`)));
  });
}
