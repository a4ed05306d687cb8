// The tab inside the Teams test host, with the real teams-js answering over postMessage.
import {
  AF_ONE,
  AF_TWO,
  draftFor,
  expectedDeepLink,
  heading,
  renderedColours,
  signalBox,
  sparButton,
  texts,
} from './helpers/app';
import { openSession, screenshot, until } from './helpers/suite';
import { openInTeams, type TeamsOptions, type TeamsTab } from './helpers/teams';

const { card, ui } = texts('nl');
const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

async function openTab(query: string, options: Omit<TeamsOptions, 'path'> = {}): Promise<TeamsTab> {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: `/tab${query}`, ...options });
  await heading(tab.app).waitFor();
  return tab;
}

test('the card renders and the host is told it loaded (notifySuccess)', async () => {
  const tab = await openTab('?gemeente=enschede');
  await tab.waitForCall('appInitialization.success');
  const funcs = (await tab.calls()).map((c) => c.func);
  expect(funcs[0]).toBe('initialize');
  expect(funcs).toContain('getContext');
  expect((await tab.calls()).filter((c) => c.unhandled).map((c) => c.func)).toEqual([]);
  expect(await (await tab.frame()).evaluate(() => document.documentElement.lang)).toBe('nl');
});

test('light -> dark -> contrast theme events change the rendered colours', async () => {
  const tab = await openTab(`?gemeente=enschede&af=${AF_ONE}`, { theme: 'default' });
  await tab.waitForCall('registerHandler', (c) => c.args[0] === 'themeChange');
  const frame = await tab.frame();

  const light = await renderedColours(frame);
  await screenshot(tab.host, 'tab-light');

  await tab.setTheme('dark');
  await until(
    () => renderedColours(frame),
    (c) => !same(c, light),
    'the dark theme',
  );
  const dark = await renderedColours(frame);
  await screenshot(tab.host, 'tab-dark');

  await tab.setTheme('contrast');
  await until(
    () => renderedColours(frame),
    (c) => !same(c, dark),
    'the contrast theme',
  );
  const contrast = await renderedColours(frame);
  await screenshot(tab.host, 'tab-contrast');

  // Dark and high contrast put light text on a dark background; light does the opposite.
  const lum = (rgb: string) => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  expect(lum(light.bg)).toBeGreaterThan(lum(light.fg));
  expect(lum(dark.bg)).toBeLessThan(lum(dark.fg));
  expect(lum(contrast.bg)).toBeLessThan(lum(contrast.fg));
  expect(contrast).not.toEqual(light);

  await tab.setTheme('default');
  await until(
    () => renderedColours(frame),
    (c) => same(c, light),
    'the light theme again',
  );
});

test('the initial theme comes from the context (dark)', async () => {
  const tab = await openTab('', { theme: 'dark' });
  const frame = await tab.frame();
  await until(
    async () => {
      const { bg } = await renderedColours(frame);
      const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
      return r + g + b < 3 * 128;
    },
    (dark) => dark,
    'a dark background',
  );
});

test('"Sparren" with one aandachtsfunctionaris sends chat.openChat with the UPN and the draft', async () => {
  const tab = await openTab(`?gemeente=enschede&af=${AF_ONE}`);
  await tab.waitForCall('appInitialization.success');
  await signalBox(tab.app, 'slachtoffer-bang').check();
  await signalBox(tab.app, 'begeleider-voert-woord').check();
  await sparButton(tab.app).click();

  const call = await tab.waitForCall('chat.openChat');
  expect(call.args).toEqual([
    { members: [AF_ONE], message: draftFor(['slachtoffer-bang', 'begeleider-voert-woord']) },
  ]);
  await tab.app.getByText(ui.sparOpened).waitFor();
});

test('several aandachtsfunctionarissen get a group chat (openGroupChat) with a topic', async () => {
  const tab = await openTab(`?gemeente=hengelo&af=${AF_TWO.join(',')}`);
  await tab.waitForCall('appInitialization.success');
  await signalBox(tab.app, 'slachtoffer-paspoort').check();
  await sparButton(tab.app).click();
  const call = await tab.waitForCall('chat.openChat');
  // teams-js sends openGroupChat to the host as chat.openChat with several members and a topic.
  expect(call.apiVersionTag).toMatch(/chat\.openGroupChat$/);
  expect(call.args).toEqual([
    { members: AF_TWO, topic: ui.sparTopic, message: draftFor(['slachtoffer-paspoort']) },
  ]);
});

test('without chat support, the deep link goes through openLink, correctly encoded', async () => {
  const tab = await openTab(`?gemeente=hengelo&af=${AF_TWO.join(',')}`, { without: ['chat'] });
  await tab.waitForCall('appInitialization.success');
  await signalBox(tab.app, 'slachtoffer-kwetsbaar').check();
  await sparButton(tab.app).click();
  const call = await tab.waitForCall('executeDeepLink');
  expect(call.apiVersionTag).toMatch(/app\.openLink$/);
  const link = call.args[0] as string;
  expect(link).toBe(expectedDeepLink(AF_TWO, ui.sparTopic, draftFor(['slachtoffer-kwetsbaar'])));
  // Encoded: nothing in the query that a URL parser would split or drop.
  expect(link.split('?')[1]).toMatch(/^[A-Za-z0-9%._~!*'()\-=&,]+$/);
  expect(new URL(link).searchParams.get('message')).toBe(draftFor(['slachtoffer-kwetsbaar']));
  expect(await tab.calls('chat.openChat')).toEqual([]);
});

test('one aandachtsfunctionaris without chat support: deep link without a topic', async () => {
  const tab = await openTab(`?af=${AF_ONE}`, { without: ['chat'] });
  await tab.waitForCall('appInitialization.success');
  await sparButton(tab.app).click();
  const call = await tab.waitForCall('executeDeepLink');
  expect(call.args[0]).toBe(
    `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(AF_ONE)}&message=${encodeURIComponent(ui.sparDraft)}`,
  );
});

test('not configured: "Sparren" explains how to set it up and offers KMT, and opens no chat', async () => {
  const tab = await openTab('');
  await tab.waitForCall('appInitialization.success');
  await sparButton(tab.app).click();
  await tab.app.getByText(ui.sparNotConfiguredTitle).waitFor();
  expect(await tab.app.getByRole('status').filter({ hasText: ui.sparNotConfigured }).count()).toBe(1);
  expect(await tab.calls('chat.openChat')).toEqual([]);
  expect(await tab.calls('executeDeepLink')).toEqual([]);
});

test('Teams locale en-us gives the English card and lang="en"', async () => {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: `/tab?af=${AF_ONE}`, locale: 'en-us' });
  const en = texts('en');
  await heading(tab.app, 'en').waitFor();
  await tab.app.getByRole('button', { name: en.ui.spar }).waitFor();
  await tab.app.getByRole('checkbox', { name: en.card.signals['slachtoffer-bang'], exact: true }).waitFor();
  expect(await (await tab.frame()).evaluate(() => document.documentElement.lang)).toMatch(/^en/);
});

test('"Delen in chat" shares the clean tab link with sharing.shareWebContent', async () => {
  const tab = await openTab(`?gemeente=enschede&af=${AF_ONE}&utm=x&gemeente2=y#fragment`);
  await tab.waitForCall('appInitialization.success');
  await signalBox(tab.app, 'slachtoffer-bang').check();
  await tab.app.getByRole('button', { name: ui.share }).click();
  const call = await tab.waitForCall('sharing.shareWebContent');
  const content = (call.args[0] as { content: { type: string; url: string; preview: boolean }[] }).content;
  expect(content).toHaveLength(1);
  expect(content[0]).toMatchObject({
    type: 'URL',
    url: `${tab.session.appOrigin}/tab?gemeente=enschede&af=${encodeURIComponent(AF_ONE)}`,
    preview: true,
  });
  // What was ticked is never part of what is shared.
  expect(JSON.stringify(call.args)).not.toContain(card.signals['slachtoffer-bang']);
});
