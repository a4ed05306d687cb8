import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { run, type Host } from '../../src/server/run';
import { loadServerSettings } from '../../src/server/settings';
import { startServer, type RunningServer } from '../../src/server/start';
import { capturedLog } from '../fixtures/capturedLog';
import { fakeBuild } from '../fixtures/fakeBuild';

const SEARCH = readFileSync(join(__dirname, '../fixtures/invokes/query-search.json'), 'utf8');
const LOCAL = { PORT: '0', HOST: '127.0.0.1', DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' };

async function start(log = capturedLog().log): Promise<RunningServer> {
  return startServer(loadServerSettings(LOCAL), { distDir: fakeBuild(), log });
}
const portOf = (server: RunningServer) => Number(new URL(server.url).port);

/** A search whose body arrives in two parts: the request stays under way until `finish`. */
async function slowSearch(server: RunningServer) {
  const received = new Promise((resolve) => server.server.once('request', resolve));
  const socket = connect(portOf(server), '127.0.0.1');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)));
  socket.on('error', () => undefined);
  const body = Buffer.from(SEARCH);
  socket.write(
    `POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  socket.write(body.subarray(0, 10));
  await received;
  return { finish: () => socket.end(body.subarray(10)), closed };
}

function connectionRefused(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

function getWith(agent: Agent, server: RunningServer, path: string) {
  return new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
    httpGet(`${server.url}${path}`, { agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }),
      );
    }).on('error', reject);
  });
}

describe('graceful shutdown (drain)', () => {
  it('refuses new connections, answers what is under way and what comes on open connections, then ends', async () => {
    const { log, lines } = capturedLog();
    const server = await start(log);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect(await getWith(agent, server, '/readyz')).toMatchObject({ status: 200, body: 'ok' });
    const search = await slowSearch(server);

    const drained = server.drain(10_000);
    expect(server.ready()).toBe(false);
    expect(await connectionRefused(portOf(server))).toBe('ECONNREFUSED');
    // An idle keep-alive connection is not closed under the client: its next request is answered, as not ready,
    // and the answer tells the client to close.
    expect(await getWith(agent, server, '/readyz')).toEqual({
      status: 503,
      connection: 'close',
      body: 'stopping',
    });

    search.finish();
    const answer = await search.closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).toContain('"composeExtension"');
    expect(await drained).toEqual({ forced: 0 });
    agent.destroy();

    expect(
      lines.filter((line) => 'status' in line).map(({ method, path, status }) => ({ method, path, status })),
    ).toEqual([
      { method: 'GET', path: '/readyz', status: 200 },
      { method: 'GET', path: '/readyz', status: 503 },
      { method: 'POST', path: '/api/messages', status: 200 },
    ]);
  });

  it('cuts what is still open at the deadline, and says so', async () => {
    const { log, lines } = capturedLog();
    const server = await start(log);
    const search = await slowSearch(server);
    expect(await server.drain(100)).toEqual({ forced: 1 });
    expect(await search.closed).toBe('');
    // The cut request's line is written when its response closes, right after the connection.
    for (let turn = 0; turn < 100 && !lines.some((line) => line.aborted); turn++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(lines.find((line) => line.path === '/api/messages')).toMatchObject({ aborted: true });
  });

  it('close() after a drain waits for the same end', async () => {
    const server = await start();
    const drained = server.drain(1000);
    await server.close();
    expect(await drained).toEqual({ forced: 0 });
  });
});

/** A stand-in for `process`: signals are events, and exit is recorded. */
class FakeHost extends EventEmitter implements Host {
  readonly exited: Promise<number>;
  private resolveExit!: (code: number) => void;
  constructor(readonly env: NodeJS.ProcessEnv) {
    super();
    this.exited = new Promise((resolve) => (this.resolveExit = resolve));
  }
  exit(code: number): void {
    this.resolveExit(code);
  }
}

describe('the server process (run)', () => {
  it('logs one line at start with the tab URL, and on SIGTERM one line at the end, then exits 0', async () => {
    const { log, lines } = capturedLog();
    const host = new FakeHost(LOCAL);
    const server = await run(fakeBuild(), { host, log });
    expect(server).toBeDefined();
    const started = lines.filter((line) => String(line.msg).startsWith('Signaalkaart draait op'));
    expect(started).toHaveLength(1);
    expect(String(started[0]!.msg)).toMatch(/(http:\/\/[^\s/]+)\/tab/);
    host.emit('SIGTERM', 'SIGTERM');
    expect(await host.exited).toBe(0);
    expect(lines.at(-1)).toMatchObject({
      level: 'info',
      msg: 'Signaalkaart is gestopt.',
      signal: 'SIGTERM',
      cut: 0,
    });
  });

  it('stops at once on a second signal', async () => {
    const host = new FakeHost(LOCAL);
    const server = await run(fakeBuild(), { host, log: capturedLog().log });
    const search = await slowSearch(server!);
    host.emit('SIGINT', 'SIGINT');
    host.emit('SIGINT', 'SIGINT');
    expect(await host.exited).toBe(0);
    search.finish();
    await server!.drain(0);
  });

  it('does not start with wrong settings: exit 1 and one error line naming every problem', async () => {
    const { log, lines } = capturedLog();
    const host = new FakeHost({ PORT: 'abc', SHUTDOWN_TIMEOUT: '0', DEFAULT_GEMEENTE: 'amsterdam' });
    expect(await run(fakeBuild(), { host, log })).toBeUndefined();
    expect(await host.exited).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error' });
    expect(lines[0]!.problems).toHaveLength(3);
  });

  it('logs an error that escapes everything by its kind only, and exits 1', async () => {
    const { log, lines } = capturedLog();
    const host = new FakeHost(LOCAL);
    const server = await run(fakeBuild(), { host, log });
    host.emit('uncaughtException', new SyntaxError('Unexpected token in {"zoekterm":"Jansen"}'));
    expect(await host.exited).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: 'error', error: 'SyntaxError' });
    expect(JSON.stringify(lines)).not.toContain('Jansen');
    await server!.close();
  });
});

describe('a real server process', () => {
  /** Starts tests/fixtures/server/serve.ts (the server on a fake build) and collects its stdout. */
  function serve(env: Record<string, string>) {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../fixtures/server/serve.ts')],
      {
        env: { PATH: process.env.PATH ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const match = /(http:\/\/[^\s/]+)\/tab/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      void exit.then((code) => reject(new Error(`exited ${code}: ${stdout}`)));
    });
    return { child, url, exit, stdout: () => stdout };
  }

  it('on SIGTERM exits 0, and its stdout holds JSON lines without addresses, query strings or search terms', async () => {
    const server = serve(LOCAL);
    const url = await server.url;
    const tab = await fetch(`${url}/tab?af=someone@gemeente.nl&gemeente=enschede`);
    expect(tab.status).toBe(200);
    const term = 'Geheimzoekterm Pietersen';
    const search = JSON.parse(SEARCH) as { value: { parameters: { value: string }[] } };
    search.value.parameters[0]!.value = term;
    const answer = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token-value' },
      body: JSON.stringify(search),
    });
    expect(answer.status).toBe(200);
    await answer.text();
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);

    const stdout = server.stdout();
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(
      lines.filter((line) => 'status' in line).map(({ method, path, status }) => [method, path, status]),
    ).toEqual([
      ['GET', '/tab', 200],
      ['POST', '/api/messages', 200],
    ]);
    for (const secret of [
      'someone@gemeente.nl',
      'someone%40gemeente.nl',
      '?af=',
      'gemeente=enschede',
      'Geheimzoekterm',
      'Pietersen',
      'secret-token-value',
    ]) {
      expect(stdout).not.toContain(secret);
    }
    expect(lines.at(-1)).toMatchObject({ msg: 'Signaalkaart is gestopt.', signal: 'SIGTERM' });
  });

  it('with wrong settings exits 1 with a JSON error line naming the problems', async () => {
    const server = serve({ PORT: '99999', TAB_ENDPOINT: 'ftp://x' });
    await expect(server.url).rejects.toThrow(/exited 1/);
    const line = JSON.parse(server.stdout().trim()) as { level: string; problems: string[] };
    expect(line.level).toBe('error');
    expect(line.problems).toEqual([expect.stringContaining('PORT'), expect.stringContaining('TAB_ENDPOINT')]);
  });
});
