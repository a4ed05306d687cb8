// The personal tab in every Microsoft 365 host that teams-js names (Teams, TeamsModern, Outlook, OutlookWin32,
// Office), on the web, the desktop and phones, each host with the capabilities it really has
// (tests/browser/README.md): the card shows, Sparren uses the host's chat or hands the chat to Teams and says so,
// and "Delen" shares or copies. The host page is served from each host's own origin, so teams-js accepts it as it
// would there, and the tab's frame-ancestors must allow it.
import { AF_ONE, draftFor, expectedDeepLink, heading, signalBox, sparButton, texts } from './helpers/app';
import { startAppServer, type AppServer } from './helpers/appServer';
import { openSession, screenshot } from './helpers/suite';
import { openInTeams } from './helpers/teams';
import { GOVERNMENT_TEAMS_ORIGIN, HOST_PROFILES, type HostProfile } from './teams-host/config';

const { ui } = texts('nl');
const PHONE = { width: 390, height: 844 };
const QUERY = `?gemeente=enschede&af=${AF_ONE}`;
const DRAFT = draftFor(['slachtoffer-bang']);

async function openIn(profile: HostProfile, appOrigin?: string) {
  const phone = profile.hostClientType === 'android' || profile.hostClientType === 'ios';
  const session = await openSession({ inTeams: true, viewport: phone ? PHONE : undefined, appOrigin });
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.appOrigin,
  });
  const tab = await openInTeams(session, {
    path: `/tab${QUERY}`,
    hostOrigin: profile.origin,
    hostName: profile.hostName,
    hostClientType: profile.hostClientType,
    supports: structuredClone(profile.supports),
  });
  await heading(tab.app).waitFor();
  await tab.waitForCall('appInitialization.success');
  return tab;
}

test.each(HOST_PROFILES.map((profile) => [profile.label, profile] as const))(
  '%s: the card, Sparren and sharing, each as far as the host can',
  async (label, profile) => {
    const tab = await openIn(profile);
    expect((await tab.calls()).filter((c) => c.unhandled).map((c) => c.func)).toEqual([]);
    const hostChat = 'chat' in profile.supports;
    const hostShares = 'sharing' in profile.supports;

    // Before the press, the button's hint says whether Teams will open.
    const hint = hostChat ? ui.sparTo(AF_ONE, 'Enschede') : ui.sparViaTeams(AF_ONE, 'Enschede');
    await tab.app.getByText(hint).waitFor();
    await signalBox(tab.app, 'slachtoffer-bang').check();
    await sparButton(tab.app).click();
    if (hostChat) {
      const call = await tab.waitForCall('chat.openChat');
      expect(call.args).toEqual([{ members: [AF_ONE], message: DRAFT }]);
      await tab.app.getByText(ui.sparOpened).waitFor();
      expect(await tab.calls('executeDeepLink')).toEqual([]);
    } else {
      const call = await tab.waitForCall('executeDeepLink');
      expect(call.apiVersionTag).toMatch(/app\.openLink$/);
      expect(call.args).toEqual([expectedDeepLink([AF_ONE], undefined, DRAFT)]);
      await tab.app.getByText(ui.sparOpenedInTeams).waitFor();
      expect(await tab.calls('chat.openChat')).toEqual([]);
    }

    // Sharing where the host has it; elsewhere the button says it copies, and does.
    if (hostShares) {
      await tab.app.getByRole('button', { name: ui.share }).click();
      await tab.waitForCall('sharing.shareWebContent');
    } else {
      await tab.app.getByRole('button', { name: ui.copyLink }).click();
      await tab.app.getByText(ui.shareLink.copied).waitFor();
      expect(await tab.calls('sharing.shareWebContent')).toEqual([]);
    }
    await screenshot(
      tab.host,
      `host-${label
        .replace(/[^a-z0-9]+/gi, ' ')
        .trim()
        .replace(/ /g, '-')
        .toLowerCase()}`,
    );
  },
);

describe('a government cloud', () => {
  const government: HostProfile = {
    ...HOST_PROFILES[0]!,
    label: 'Teams (GCC High)',
    origin: GOVERNMENT_TEAMS_ORIGIN,
  };
  let server: AppServer;
  beforeAll(async () => {
    server = await startAppServer({ EXTRA_FRAME_ANCESTORS: GOVERNMENT_TEAMS_ORIGIN });
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('may frame the tab only when EXTRA_FRAME_ANCESTORS names it', async () => {
    const allowed = await openIn(government, server.origin);
    await sparButton(allowed.app).click();
    await allowed.waitForCall('chat.openChat');

    // The default server leaves government clouds out: the browser refuses to show the tab there.
    const session = await openSession({ inTeams: true });
    const refused = await openInTeams(session, { path: `/tab${QUERY}`, hostOrigin: GOVERNMENT_TEAMS_ORIGIN });
    await session.page.waitForTimeout(1500);
    expect(await heading(refused.app).count()).toBe(0);
    expect(await refused.calls()).toEqual([]);
  });
});
