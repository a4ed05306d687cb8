import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEAMS_FRAME_ANCESTORS } from '../../src/server/securityHeaders';
import { loadServerSettings } from '../../src/server/settings';

/**
 * The hosts teams-js 2.x accepts as its parent (its bundled list, the one it falls back to), read from the package
 * as text: the app never imports it.
 */
function teamsJsHosts(): string[] {
  const file = path.join(
    path.dirname(require.resolve('@microsoft/teams-js/package.json')),
    'dist/esm/packages/teams-js/src/artifactsForCDN/validDomains.json.js',
  );
  const list = /=\s*(\[[^\]]*\])/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!list) throw new Error(`no list of valid origins in ${file}`);
  return JSON.parse(list) as string[];
}

/** Whether a CSP host source (`https://host` or `https://*.domain`) allows a host or a `*.`-pattern of hosts. */
function allows(source: string, host: string): boolean {
  const allowed = source.replace(/^https:\/\//, '');
  if (!allowed.startsWith('*.')) return allowed === host;
  const domain = allowed.slice(1); // ".domain"
  return host.endsWith(domain) && host.length > domain.length;
}
const allowedByUs = (host: string) => TEAMS_FRAME_ANCESTORS.some((source) => allows(source, host));

// Hosts of the US government clouds: opt-in through EXTRA_FRAME_ANCESTORS.
const GOVERNMENT = /\.us(:\d+)?$|\.mil$|usgovcloud\.microsoft$/;
// Microsoft's own test, pre-production and local development hosts.
const TEST =
  /^(int|local|devspaces)\.|^local\.|sdf|ppe|staging|cosmic-|\.dev\.microsoft|canary|ring0|ignite|:\d+$/;
// Clients for personal Microsoft accounts: an organisation's app catalog does not reach them.
const CONSUMER = new Set([
  'outlook.live.com',
  'teams.live.com',
  'bing.com',
  'www.bing.com',
  'copilot.microsoft.com',
  'windows.msn.com',
]);

const hosts = teamsJsHosts();
const kind = (host: string) =>
  GOVERNMENT.test(host)
    ? 'government'
    : TEST.test(host)
      ? 'test'
      : CONSUMER.has(host)
        ? 'consumer'
        : 'commercial';

describe('frame-ancestors against the hosts teams-js accepts', () => {
  it('reads the list teams-js ships with', () => {
    expect(hosts).toContain('teams.microsoft.com');
    expect(hosts).toContain('outlook.office.com');
    expect(hosts.length).toBeGreaterThan(40);
  });

  it.each(hosts.filter((host) => kind(host) === 'commercial'))('allows the commercial host %s', (host) => {
    expect(allowedByUs(host)).toBe(true);
  });

  it.each(hosts.filter((host) => kind(host) === 'government'))(
    'leaves the government host %s to EXTRA_FRAME_ANCESTORS',
    (host) => {
      expect(allowedByUs(host)).toBe(false);
      // And an admin can add it there as it is (a plain https origin).
      if (!host.startsWith('*.')) {
        expect(loadServerSettings({ EXTRA_FRAME_ANCESTORS: `https://${host}` }).extraFrameAncestors).toEqual([
          `https://${host}`,
        ]);
      }
    },
  );

  it('allows no consumer-only client', () => {
    for (const host of hosts.filter((h) => kind(h) === 'consumer'))
      expect([host, allowedByUs(host)]).toEqual([host, false]);
  });

  it('names only hosts teams-js accepts, or the wildcards of Microsoft hosting rules for tabs', () => {
    const hostingRules = [
      'https://*.teams.microsoft.com',
      'https://*.microsoft365.com',
      'https://*.office.com',
    ];
    for (const source of TEAMS_FRAME_ANCESTORS) {
      if (hostingRules.includes(source)) continue;
      const host = source.replace(/^https:\/\//, '');
      expect([source, hosts.includes(host)]).toEqual([source, true]);
    }
  });
});
