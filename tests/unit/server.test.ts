import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { compressedSiblings } from '../../src/server/files';
import { contentSecurityPolicy } from '../../src/server/securityHeaders';
import type { Locale } from '../../src/content';
import { fakeBuild, fakePage } from '../fixtures/fakeBuild';
import { loadServerSettings, SettingsError } from '../../src/server/settings';
import { startServer, type RunningServer } from '../../src/server/start';

const BUILT_BR = (body: Buffer) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });

/** A small build with the shape the prerenderer writes, so the server is tested without webpack. */
function fakeDist(): string {
  const dist = fakeBuild();
  const page = (lang: Locale) => fakePage('tab', lang);
  // The build compresses each page as prerendered (here quickly, so the bytes differ from the server's own).
  writeFileSync(join(dist, 'pages', 'tab.nl.light.html.br'), BUILT_BR(Buffer.from(page('nl'))));
  writeFileSync(join(dist, 'pages', 'tab.nl.light.html.gz'), gzipSync(page('nl'), { level: 1 }));
  // Siblings that must not be sent: not brotli at all, and a gzip of an older page.
  writeFileSync(join(dist, 'pages', 'tab.en.light.html.br'), 'not brotli');
  writeFileSync(join(dist, 'pages', 'tab.en.light.html.gz'), gzipSync(page('nl')));
  writeFileSync(join(dist, 'public', 'assets', 'tab.0123456789.js'), 'console.log("tab");'.repeat(50));
  return dist;
}

let server: RunningServer;
const distDir = fakeDist();

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** fetch decompresses on its own; this shows the bytes on the wire. */
function getRaw(path: string, headers: Record<string, string>, base = server.url) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the server', () => {
  beforeAll(async () => {
    const settings = loadServerSettings({
      PORT: '0',
      DEFAULT_GEMEENTE: 'enschede',
      DEFAULT_AF: 'af@enschede.nl',
    });
    server = await startServer(settings, { distDir });
  });
  afterAll(() => server.close());

  it('serves the help page in Dutch, and in English with ?lang=en, without allowing any inline code', async () => {
    for (const [query, lang] of [
      ['', 'nl'],
      ['?lang=en', 'en'],
      ['?lang=fr', 'nl'],
      ['?lang=%3Cscript%3E', 'nl'],
    ] as const) {
      const { response, body } = await get(`/help${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-language')).toBe(lang);
      expect(body.toString()).toContain(`<html lang="${lang}">`);
      // The headers of every response: no script hash, so no inline script can run.
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers /healthz with ok', async () => {
    const { response, body } = await get('/healthz');
    expect(response.status).toBe(200);
    expect(body.toString()).toBe('ok');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/tab', '/healthz', '/assets/tab.0123456789.js', '/does-not-exist'])(
    'sends the security headers on %s',
    async (path) => {
      const { response } = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toMatch(
        /frame-ancestors 'self' https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com .*https:\/\/outlook\.office365\.com/,
      );
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('serves the page with its own script and style hashes and the deployment defaults, escaped, in a meta tag', async () => {
    const { response, body } = await get('/tab');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain(
      "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'sha256-abc'",
    );
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self' 'sha256-boot';");
    expect(body.toString()).toContain(
      '<meta name="signaalkaart-defaults" content="gemeente=enschede&amp;af=af%40enschede.nl">',
    );
  });

  it('serves the language asked for with lang=, and Dutch for anything else', async () => {
    expect((await get('/tab?lang=en')).body.toString()).toContain('<html lang="en" data-theme="light">');
    for (const lang of ['nl', 'de', '<script>', 'x'.repeat(5000)]) {
      const { response, body } = await get(`/tab?lang=${encodeURIComponent(lang)}`);
      expect(response.status).toBe(200);
      expect(body.toString()).toContain('<html lang="nl" data-theme="light">');
    }
    expect((await get('/tab?lang=en&lang=nl')).response.status).toBe(200);
  });

  // What Teams makes of the stored URL's placeholders (TEAMS_CONTEXT_QUERY), on every page.
  it.each([
    ['/tab?theme=dark&theme=dark&locale=en-us&locale=en-us', 'en', 'dark'],
    ['/tab?theme={app.theme}&theme=contrast&locale={app.locale}&locale=nl-NL', 'nl', 'contrast'],
    ['/config?theme=default&theme={theme}&locale=EN-GB&locale={locale}', 'en', 'light'],
    ['/dialog/signalen?lang=en&theme=dark', 'en', 'dark'],
    ['/tab?theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}', 'nl', 'light'],
    ['/tab?theme=%7Bapp.theme%7D&locale=%7Bapp.locale%7D&lang=en', 'en', 'light'],
    ['/tab?gemeente=enschede&theme=DARK&locale=en', 'en', 'dark'],
    ['/tab?lang=en&locale=nl-nl', 'nl', 'light'],
    ['/tab?theme=%3Cscript%3E&locale=%22%3E%3Cscript%3E', 'nl', 'light'],
  ])('serves %s in its language and theme', async (path, lang, theme) => {
    const { response, body } = await get(path);
    expect(response.status).toBe(200);
    expect(body.toString()).toContain(`<html lang="${lang}" data-theme="${theme}">`);
    expect(response.headers.get('content-language')).toBe(lang);
  });

  it('compresses with brotli or gzip, and answers 304 to a known ETag', async () => {
    const plain = await getRaw('/tab', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await getRaw('/tab', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(brotliDecompressSync(br.body)).toEqual(plain.body);
    const gz = await getRaw('/tab', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(plain.body);
    expect(br.headers.vary).toBe('Accept-Encoding');
    // Different bytes, different ETags; a client that already has them gets 304.
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
    expect(
      (await getRaw('/tab', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string })).status,
    ).toBe(304);
    expect((await getRaw('/tab', { 'if-none-match': plain.headers.etag as string })).status).toBe(304);
    expect(
      (await getRaw('/tab', { 'accept-encoding': 'gzip', 'if-none-match': br.headers.etag as string }))
        .status,
    ).toBe(200);
    // q=0 refuses a coding.
    expect((await getRaw('/tab', { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe(
      'gzip',
    );
    expect(
      (await getRaw('/tab', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding'],
    ).toBeUndefined();
  });

  it('lets browsers keep content-hashed bundles for a year', async () => {
    const { response } = await get('/assets/tab.0123456789.js');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers unknown paths and odd requests with a plain 404, never a stack trace', async () => {
    for (const path of ['/nope', '/assets/../../package.json', '/tab/%E0%A4%A', '/assets/%00']) {
      const { response, body } = await get(path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(body.toString()).not.toMatch(/at .*\.(js|ts):\d+/);
    }
  });
});

describe('pages with the built-in defaults', () => {
  let plain: RunningServer;
  beforeAll(async () => {
    plain = await startServer(loadServerSettings({ PORT: '0' }), { distDir });
  });
  afterAll(() => plain.close());

  const raw = (path: string, encoding: string) => getRaw(path, { 'accept-encoding': encoding }, plain.url);

  it('are sent as the build compressed them, without compressing at start', async () => {
    const built = join(distDir, 'pages', 'tab.nl.light.html');
    const br = await raw('/tab', 'br');
    expect(br.body).toEqual(readFileSync(`${built}.br`));
    // The server's own brotli differs from the build's, so equal bytes mean the build's file was sent.
    expect(br.body).not.toEqual(
      brotliCompressSync(readFileSync(built), { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } }),
    );
    expect((await raw('/tab', 'gzip')).body).toEqual(readFileSync(`${built}.gz`));
  });

  it("are compressed anew when the build's file is broken or of another page", async () => {
    const page = readFileSync(join(distDir, 'pages', 'tab.en.light.html'));
    const br = await raw('/tab?lang=en', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body)).toEqual(page);
    const gz = await raw('/tab?lang=en', 'gzip');
    expect(gunzipSync(gz.body)).toEqual(page);
  });
});

describe('compressedSiblings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaalkaart-siblings-'));
  const body = Buffer.from('signaal '.repeat(100));

  it('takes the .br and .gz that unpack to exactly the body', () => {
    writeFileSync(join(dir, 'a.html.br'), BUILT_BR(body));
    writeFileSync(join(dir, 'a.html.gz'), gzipSync(body));
    expect(compressedSiblings(join(dir, 'a.html'), body)).toEqual({
      br: BUILT_BR(body),
      gzip: readFileSync(join(dir, 'a.html.gz')),
    });
  });

  it('leaves out missing, broken and outdated ones', () => {
    writeFileSync(join(dir, 'b.html.br'), Buffer.from([0x1b, 0xff, 0x00]));
    writeFileSync(join(dir, 'b.html.gz'), gzipSync(Buffer.concat([body, Buffer.from('!')])));
    expect(compressedSiblings(join(dir, 'b.html'), body)).toEqual({ br: undefined, gzip: undefined });
    expect(compressedSiblings(join(dir, 'none.html'), body)).toEqual({ br: undefined, gzip: undefined });
  });
});

describe('server settings', () => {
  it('uses the built-in defaults with an empty environment', () => {
    expect(loadServerSettings({})).toEqual({
      port: 3978,
      host: '127.0.0.1',
      tabEndpoint: undefined,
      defaults: { gemeente: null, aandachtsfunctionarissen: [] },
      bot: undefined,
      allowUnauthenticated: false,
      production: false,
      extraFrameAncestors: [],
      shutdownTimeoutMs: 8000,
    });
  });

  it('takes SHUTDOWN_TIMEOUT in whole seconds', () => {
    expect(loadServerSettings({ SHUTDOWN_TIMEOUT: '25' }).shutdownTimeoutMs).toBe(25_000);
    for (const bad of ['0', '-1', '2.5', '10s', '601', 'lang']) {
      expect(() => loadServerSettings({ SHUTDOWN_TIMEOUT: bad })).toThrow(/SHUTDOWN_TIMEOUT/);
    }
  });

  it('lists everything that is wrong at once', () => {
    let error: unknown;
    try {
      loadServerSettings({
        PORT: 'abc',
        TAB_ENDPOINT: 'http://signaalkaart.example.nl',
        DEFAULT_GEMEENTE: 'amsterdam',
        DEFAULT_AF: 'not-an-address',
        BOT_ID: 'bot',
        EXTRA_FRAME_ANCESTORS: "https://ok.example.nl 'unsafe-inline'",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).problems).toHaveLength(6);
  });

  it('refuses to skip authentication in production', () => {
    expect(() =>
      loadServerSettings({ NODE_ENV: 'production', DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' }),
    ).toThrow(/alleen voor lokaal testen/);
    expect(
      loadServerSettings({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' }).allowUnauthenticated,
    ).toBe(true);
  });

  it('normalises the public endpoint and listens on all interfaces in production', () => {
    const settings = loadServerSettings({
      NODE_ENV: 'production',
      TAB_ENDPOINT: 'https://kaart.example.nl/',
    });
    expect(settings.tabEndpoint).toBe('https://kaart.example.nl');
    expect(settings.host).toBe('0.0.0.0');
  });
});
