import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { refuseOriginListFetch, TEAMS_JS_ORIGIN_LIST } from '../../src/teams/originListFetch';

describe("refusing teams-js's origin-list fetch", () => {
  it('refuses only the CDN origin list, at once, and passes every other request through', async () => {
    const realFetch = jest.fn(async () => new Response('ok'));
    const target = { fetch: realFetch as unknown as typeof fetch };
    refuseOriginListFetch(target);
    await expect(target.fetch(`${TEAMS_JS_ORIGIN_LIST}json/validDomains.json`)).rejects.toThrow(TypeError);
    await expect(target.fetch(new URL(`${TEAMS_JS_ORIGIN_LIST}json/validDomains.json`))).rejects.toThrow();
    expect(realFetch).not.toHaveBeenCalled();
    await target.fetch('/healthz', { method: 'GET' });
    expect(realFetch).toHaveBeenCalledWith('/healthz', { method: 'GET' });
  });

  it('matches the address teams-js really uses', () => {
    // The constant in the teams-js build the bundle uses; if a new version moves it, this test says so.
    const constants = join(
      dirname(require.resolve('@microsoft/teams-js/package.json')),
      'dist/esm/packages/teams-js/src/internal/constants.js',
    );
    expect(readFileSync(constants, 'utf8')).toContain(`${TEAMS_JS_ORIGIN_LIST}json/validDomains.json`);
  });
});
