import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GOVERNMENT_TEAMS_ORIGIN, HOST_PROFILES } from './config';

/** The host name teams-js trusts; the browser maps it to this server with --host-resolver-rules. */
export const TEAMS_HOST = 'teams.microsoft.com';

/** Every host name the test host answers for: Teams, the Outlook and Microsoft 365 hosts, a government Teams. */
const HOST_NAMES = [
  ...new Set(
    [`https://${TEAMS_HOST}`, ...HOST_PROFILES.map((profile) => profile.origin), GOVERNMENT_TEAMS_ORIGIN].map(
      (origin) => new URL(origin).hostname,
    ),
  ),
];

/** Chromium's --host-resolver-rules that send every host name of the test host to its loopback port. */
export function hostResolverRules(port: number): string {
  return `--host-resolver-rules=${HOST_NAMES.map((name) => `MAP ${name} 127.0.0.1:${port}`).join(', ')}`;
}

export type TeamsHostServer = { port: number; close: () => Promise<void> };

const HOST_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Teams test host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;height:100%;background:#f5f5f5}main{height:100%}iframe{display:block;border:0;width:100%;height:100%}</style>
</head>
<body>
<main id="app"></main>
<script src="/host-page.js"></script>
</body>
</html>
`;

// Where Teams would open a chat deep link; the test reads the URL, the page only says where it is.
const DEEP_LINK_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams deep link</title></head>
<body><main><h1>Teams deep link</h1></main></body></html>
`;

/** A throw-away self-signed certificate for teams.microsoft.com, made with the openssl CLI. */
function makeCertificate(): { key: string; cert: string } {
  const openssl = process.env.OPENSSL_PATH ?? '/usr/bin/openssl';
  const dir = mkdtempSync(path.join(tmpdir(), 'teams-host-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      openssl,
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${TEAMS_HOST}`,
        '-addext',
        `subjectAltName=${HOST_NAMES.map((name) => `DNS:${name}`).join(',')},DNS:localhost,IP:127.0.0.1`,
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } catch (error) {
    throw new Error(`Could not make the test host's certificate with ${openssl}: ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the https Teams test host on a free loopback port. */
export async function startTeamsHost(): Promise<TeamsHostServer> {
  const hostScript = readFileSync(path.join(__dirname, 'host-page.js'), 'utf8');
  const server = https.createServer(makeCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', 'https://teams.microsoft.com');
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/host') send(200, 'text/html; charset=utf-8', HOST_HTML);
    else if (url.pathname === '/host-page.js') send(200, 'text/javascript; charset=utf-8', hostScript);
    else if (url.pathname.startsWith('/l/')) send(200, 'text/html; charset=utf-8', DEEP_LINK_HTML);
    else if (url.pathname === '/favicon.ico') send(204, 'text/plain', '');
    else send(404, 'text/plain; charset=utf-8', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
