// teams-js 2.x fetches its list of valid host origins from a Microsoft CDN as soon as it is imported.
// The app's CSP (connect-src 'self') blocks that, so nothing leaves the machine, but the page reports a
// CSP violation every time it loads in a frame, and the design promises no request to any other host.
// The other tests leave this one violation to this test, so it shows once, with a precise message.
// src/teams/originListFetch.ts refuses that fetch before teams-js loads; this test proves it stays so.
import { heading } from './helpers/app';
import { isTeamsJsCdnFetch, openSession, TEAMS_JS_CDN } from './helpers/suite';
import { openInTeams } from './helpers/teams';

test('loading teams-js does not try to reach the teams-js CDN', async () => {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: '/tab' });
  await heading(tab.app).waitFor();
  await tab.waitForCall('appInitialization.success');
  await session.page.waitForTimeout(300);
  const attempts = [
    ...session.cspViolations
      .filter(isTeamsJsCdnFetch)
      .map((v) => `CSP ${v.directive} blocked ${v.blocked} (from ${v.source})`),
    ...session.requests.filter((r) => r.url.startsWith(TEAMS_JS_CDN)).map((r) => `request ${r.url}`),
  ];
  expect(attempts).toEqual([]);
});
