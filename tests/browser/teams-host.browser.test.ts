// The test host itself, checked against the real teams-js (its UMD build) in a bare page, so a
// failing app test can be told apart from a host that speaks the protocol wrong.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ROOT } from './helpers/appServer';
import { openSession } from './helpers/suite';
import { openInTeams } from './helpers/teams';

const teamsJs = readFileSync(
  path.join(ROOT, 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js'),
);

// A page that drives teams-js and writes each result into the DOM.
const probeScript = `
const out = (id, value) => { const el = document.createElement('pre'); el.id = id; el.textContent = JSON.stringify(value); document.body.append(el); };
const t = microsoftTeams;
t.app.initialize().then(async () => {
  const context = await t.app.getContext();
  out('context', { theme: context.app.theme, locale: context.app.locale, host: context.app.host.name, frame: context.page.frameContext, channel: context.channel && context.channel.displayName });
  out('chat', t.chat.isSupported());
  t.app.registerOnThemeChangeHandler((theme) => out('theme-' + theme, theme));
  if (context.page.frameContext === 'settings') {
    t.pages.config.registerOnSaveHandler(async (event) => {
      await t.pages.config.setConfig({ contentUrl: location.origin + '/tab', entityId: 'e', suggestedDisplayName: 'S' });
      event.notifySuccess();
      out('saved', true);
    });
    t.pages.config.setValidityState(true);
  } else if (t.chat.isSupported()) {
    await t.chat.openChat({ user: 'af@gemeente.example', message: 'hoi' });
    await t.chat.openGroupChat({ users: ['a@gemeente.example', 'b@gemeente.example'], topic: 'T', message: 'm' });
    out('chatted', true);
  } else {
    await t.app.openLink('https://teams.microsoft.com/l/chat/0/0?users=a%40gemeente.example');
    out('linked', true);
  }
  t.app.notifySuccess();
}, (error) => out('init-error', String(error)));
`;

// The bare probe page has no CSP, so teams-js asks its CDN for the list of valid origins (refused here).
const TEAMS_JS_CDN = 'https://res.cdn.office.net/teams-js/';
const probeOptions = { inTeams: true, tolerate: (url: string) => url.startsWith(TEAMS_JS_CDN) } as const;
let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/teams.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(teamsJs);
    else if (req.url === '/probe.js')
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(probeScript);
    else {
      res
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html lang="en"><title>probe</title><body><script src="/teams.js"></script><script src="/probe.js"></script></body></html>',
        );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('answers initialize and getContext, relays theme events, records chat calls', async () => {
  const session = await openSession({ ...probeOptions, appOrigin: origin });
  const tab = await openInTeams(session, { path: '/probe', theme: 'dark', locale: 'en-us' });
  const text = async (id: string) => JSON.parse((await tab.app.locator(`#${id}`).textContent()) ?? 'null');

  expect(await text('context')).toEqual({
    theme: 'dark',
    locale: 'en-us',
    host: 'Teams',
    frame: 'content',
    channel: 'Balie',
  });
  expect(await text('chat')).toBe(true);
  expect(await text('chatted')).toBe(true);
  const [single, group] = await tab.calls('chat.openChat');
  expect(single?.args).toEqual([{ members: ['af@gemeente.example'], message: 'hoi' }]);
  expect(group?.args).toEqual([
    { members: ['a@gemeente.example', 'b@gemeente.example'], message: 'm', topic: 'T' },
  ]);
  await tab.waitForCall('appInitialization.success');

  await tab.setTheme('contrast');
  expect(await text('theme-contrast')).toBe('contrast');
  expect((await tab.calls()).filter((c) => c.unhandled)).toEqual([]);
});

test('without chat, teams-js reports chat unsupported and openLink goes out as executeDeepLink', async () => {
  const session = await openSession({ ...probeOptions, appOrigin: origin });
  const tab = await openInTeams(session, { path: '/probe', without: ['chat'] });
  expect(JSON.parse((await tab.app.locator('#chat').textContent()) ?? 'null')).toBe(false);
  await tab.app.locator('#linked').waitFor();
  expect((await tab.calls('executeDeepLink'))[0]?.args).toEqual([
    'https://teams.microsoft.com/l/chat/0/0?users=a%40gemeente.example',
  ]);
});

test("names the host it plays (Outlook, the Microsoft 365 app) in the context, from that host's origin", async () => {
  const session = await openSession({ ...probeOptions, appOrigin: origin });
  const tab = await openInTeams(session, {
    path: '/probe',
    hostName: 'OutlookWin32',
    hostOrigin: 'https://outlook.office365.com',
    supports: { pages: { tabs: {} } },
  });
  const context = JSON.parse((await tab.app.locator('#context').textContent()) ?? 'null') as { host: string };
  expect(context.host).toBe('OutlookWin32');
  expect(JSON.parse((await tab.app.locator('#chat').textContent()) ?? 'null')).toBe(false);
  await tab.app.locator('#linked').waitFor();
});

test('settings frame: validity, the save event and setConfig', async () => {
  const session = await openSession({ ...probeOptions, appOrigin: origin });
  const tab = await openInTeams(session, { path: '/probe', frameContext: 'settings' });
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);
  await tab.sendEvent('settings.save', [{}]);
  const set = await tab.waitForCall('settings.setSettings');
  expect(set.args[0]).toMatchObject({ contentUrl: `${origin}/tab`, entityId: 'e' });
  await tab.waitForCall('settings.save.success');
});

test('a silent host is never answered: teams-js keeps waiting', async () => {
  const session = await openSession({ ...probeOptions, appOrigin: origin });
  const tab = await openInTeams(session, { path: '/probe', silent: true });
  await tab.waitForCall('initialize');
  await session.page.waitForTimeout(300);
  expect(await tab.app.locator('pre').count()).toBe(0);
});
