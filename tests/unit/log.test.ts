import { errorFields, logSink, pathOf } from '../../src/server/log';
import { loadServerSettings } from '../../src/server/settings';
import { startServer } from '../../src/server/start';
import { capturedLog } from '../fixtures/capturedLog';
import { fakeBuild } from '../fixtures/fakeBuild';

describe('the log', () => {
  it('writes JSON lines with an ISO time and the level as a word', () => {
    const { log, lines } = capturedLog();
    log.info({ gemeente: 'enschede' }, 'Signaalkaart draait op http://localhost:3978/tab');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        gemeente: 'enschede',
        msg: 'Signaalkaart draait op http://localhost:3978/tab',
      }),
    ]);
  });

  it.each([
    ['/tab?af=someone@gemeente.nl&gemeente=enschede', '/tab'],
    ['/tab', '/tab'],
    ['http://signaalkaart.example.nl/tab?af=x@y.nl', 'http://signaalkaart.example.nl/tab'],
    ['/?', '/'],
    [undefined, ''],
  ])('logs %j as path %j', (url, path) => {
    expect(pathOf(url)).toBe(path);
  });

  it('cuts an endless path', () => {
    expect(pathOf(`/${'a'.repeat(5000)}`)).toHaveLength(201);
  });

  it('keeps only strings and error names of what code gives its sink', () => {
    const { log, lines } = capturedLog();
    const sink = logSink(log);
    sink.warn('[teams] request failed', new TypeError('token abc.def.ghi'), { body: 'Jansen' });
    sink.error('Request failed:', 'SyntaxError');
    sink.info('plain');
    expect(lines.map(({ level, msg }) => [level, msg])).toEqual([
      ['warn', '[teams] request failed (TypeError) (…)'],
      ['error', 'Request failed: SyntaxError'],
      ['info', 'plain'],
    ]);
  });

  it('logs an error by its kind and code, never its message', () => {
    expect(errorFields(new SyntaxError('Unexpected token J in "Jansen"'))).toEqual({ error: 'SyntaxError' });
    expect(
      errorFields(Object.assign(new Error('listen EADDRINUSE 127.0.0.1:3978'), { code: 'EADDRINUSE' })),
    ).toEqual({
      error: 'Error',
      code: 'EADDRINUSE',
    });
    expect(errorFields('text')).toEqual({ error: 'string' });
  });
});

describe('request lines', () => {
  it('one per request, pages and message extension alike: method, path without query, status, duration', async () => {
    const { log, lines } = capturedLog();
    const server = await startServer(
      loadServerSettings({
        PORT: '0',
        HOST: '127.0.0.1',
        DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true',
      }),
      { distDir: fakeBuild(), log },
    );
    await (await fetch(`${server.url}/tab?af=someone@gemeente.nl&gemeente=enschede`)).text();
    await (await fetch(`${server.url}/nope?zoekterm=Jansen`)).text();
    await (
      await fetch(`${server.url}/api/messages`, { method: 'POST', body: '{"zoekterm":"Jansen"}' })
    ).text();
    await server.close();

    const requests = lines.filter((line) => 'status' in line);
    expect(requests).toEqual([
      expect.objectContaining({
        level: 'info',
        method: 'GET',
        path: '/tab',
        status: 200,
        ms: expect.any(Number),
      }),
      expect.objectContaining({ method: 'GET', path: '/nope', status: 404 }),
      expect.objectContaining({ method: 'POST', path: '/api/messages', status: 415 }),
    ]);
    const text = JSON.stringify(lines);
    for (const secret of ['someone', 'gemeente.nl', 'af=', 'Jansen', 'zoekterm'])
      expect(text).not.toContain(secret);
  });
});
