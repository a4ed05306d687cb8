import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Everything the deployment test keeps between runs or writes (git-ignored). */
export const CACHE = path.join(ROOT, '.cache', 'deploy');
/** What one run writes: rendered nginx configuration, logs. Emptied at the start of a run. */
export const RUN_DIR = path.join(CACHE, 'run');

/** A failed precondition or check: the message says what is missing or wrong, and what to do. */
export class DeployTestError extends Error {}

/** Runs a command to completion; throws with its output when it fails (unless `allowFailure`). */
export function sh(
  command: string,
  args: readonly string[],
  { allowFailure = false, ...options }: SpawnSyncOptions & { allowFailure?: boolean } = {},
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const status = result.status ?? (result.error ? 127 : 1);
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? result.error?.message ?? '');
  if (status !== 0 && !allowFailure) {
    throw new DeployTestError(
      `${command} ${args.join(' ')} failed (${status}):\n${(stderr || stdout).trim().slice(-3000)}`,
    );
  }
  return { status, stdout, stderr };
}

/** Runs a command without blocking the event loop (loads may be under way); stdout and stderr apart. */
export function exec(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => resolve({ code: 127, stdout, stderr: error.message }));
    child.once('exit', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}

/** `exec` that fails unless the command succeeds; resolves with its stdout. */
export async function shAsync(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const { code, stdout, stderr } = await exec(command, args, env);
  if (code !== 0) {
    throw new DeployTestError(
      `${command} ${args.join(' ')} failed (${code}):\n${(stderr || stdout).slice(-2000)}`,
    );
  }
  return stdout;
}

/** The path of a program on PATH or in the usual system folders, or undefined. */
export function which(program: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, program);
    if (sh('test', ['-x', candidate], { allowFailure: true }).status === 0) return candidate;
  }
  return undefined;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value, for at most `timeoutMs`; throws `message` after that. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
  message: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new DeployTestError(message);
    await sleep(50);
  }
}

/** GET on loopback; undefined when nothing answers. */
export async function httpGet(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/** The test's checks: each is reported as it passes or fails, and counted for the closing line. */
export class Checks {
  passed = 0;
  failed: string[] = [];
  skipped: string[] = [];

  check(name: string, ok: boolean, detail = ''): boolean {
    if (ok) this.passed += 1;
    else this.failed.push(name);
    console.log(`${ok ? '  ok  ' : '  FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
    return ok;
  }

  skip(name: string, why: string): void {
    this.skipped.push(name);
    console.log(`  SKIP ${name}: ${why}`);
  }
}
