// The channel tab's configuration page (/config) in the Teams settings frame.
import { resolveTabSettings } from '../../src/content';
import { AF_ONE, AF_TWO, texts } from './helpers/app';
import { openSession, screenshot, until } from './helpers/suite';
import { openInTeams, type TeamsOptions, type TeamsTab } from './helpers/teams';
import { teamsWebSupports } from './teams-host/config';

const { ui } = texts('nl');

async function openConfig(options: Omit<TeamsOptions, 'path'> = {}): Promise<TeamsTab> {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: '/config', frameContext: 'settings', ...options });
  await tab.app.getByRole('heading', { level: 1, name: ui.config.title }).waitFor();
  await tab.waitForCall('registerHandler', (c) => c.args[0] === 'save');
  return tab;
}

const gemeente = (tab: TeamsTab) =>
  tab.app.getByRole('combobox', { name: new RegExp(`^${ui.municipality}`) });
const address = (tab: TeamsTab, n: number) =>
  tab.app.getByRole('textbox', { name: new RegExp(`^${ui.config.addressLabel(n)}`) });

/** The validity the host was told last. */
async function lastValidity(tab: TeamsTab): Promise<unknown> {
  const calls = await tab.calls('settings.setValidityState');
  return calls.at(-1)?.args[0];
}

test(`valid only when complete; Save stores the tab link with setConfig`, async () => {
  const tab = await openConfig();
  expect(
    await tab.calls('settings.setValidityState').then((c) => c.filter((x) => x.args[0] === true)),
  ).toEqual([]);

  await gemeente(tab).selectOption({ label: 'Enschede' });
  expect(await lastValidity(tab)).not.toBe(true);
  await address(tab, 1).fill(AF_ONE);
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);

  // A broken address makes the form invalid again; fixing it makes it valid again.
  await address(tab, 1).fill('javascript:alert(1)');
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === false);
  const invalidAt = (await tab.calls('settings.setValidityState')).length;
  await address(tab, 1).fill(AF_ONE);
  await until(
    () => tab.calls('settings.setValidityState'),
    (calls) => calls.slice(invalidAt).some((c) => c.args[0] === true),
    'validity true after the fix',
  );
  expect(await lastValidity(tab)).toBe(true);

  await screenshot(tab.host, 'config');

  await tab.sendEvent('settings.save', [{}]);
  const saved = await tab.waitForCall('settings.setSettings');
  const config = saved.args[0] as Record<string, string>;
  const origin = tab.session.appOrigin;
  expect(config).toEqual({
    contentUrl: expect.stringMatching(new RegExp(`^${origin}/tab\\?`)),
    websiteUrl: expect.stringMatching(new RegExp(`^${origin}/tab\\?`)),
    entityId: expect.stringMatching(/\S/),
    suggestedDisplayName: expect.stringMatching(/\S/),
  });
  const stored = resolveTabSettings(new URL(config.contentUrl as string).searchParams);
  expect(stored.problems).toEqual([]);
  expect(stored.settings.gemeente?.slug).toBe('enschede');
  expect(stored.settings.aandachtsfunctionarissen).toEqual([AF_ONE]);
  await tab.waitForCall('settings.save.success');
});

test(`two aandachtsfunctionarissen end up in one link`, async () => {
  const tab = await openConfig();
  await gemeente(tab).selectOption({ label: 'Hengelo' });
  await address(tab, 1).fill(AF_TWO[0] as string);
  await tab.app.getByRole('button', { name: ui.config.addAddress }).click();
  await address(tab, 2).fill(AF_TWO[1] as string);
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);
  await tab.sendEvent('settings.save', [{}]);
  const saved = await tab.waitForCall('settings.setSettings');
  const url = new URL((saved.args[0] as { contentUrl: string }).contentUrl);
  expect(resolveTabSettings(url.searchParams).settings.aandachtsfunctionarissen).toEqual(AF_TWO);
});

test(`re-opened settings show the stored configuration`, async () => {
  const session = await openSession({ inTeams: true });
  const contentUrl = `${session.appOrigin}/tab?gemeente=hengelo&af=${AF_TWO.join(',')}`;
  const tab = await openInTeams(session, {
    path: '/config',
    frameContext: 'settings',
    settings: { contentUrl, websiteUrl: contentUrl, entityId: 'signaalkaart' },
  });
  await tab.waitForCall('settings.getSettings');
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);
  expect(await gemeente(tab).inputValue()).toBe('hengelo');
  expect(await address(tab, 1).inputValue()).toBe(AF_TWO[0]);
  expect(await address(tab, 2).inputValue()).toBe(AF_TWO[1]);
});

test(`the people picker fills in the address where the host has one`, async () => {
  const tab = await openConfig({
    supports: { ...teamsWebSupports(), people: {} },
    people: [{ objectId: '00000000-0000-4000-8000-00000000000a', displayName: 'Test AF', email: AF_ONE }],
  });
  await gemeente(tab).selectOption({ label: 'Enschede' });
  await tab.app.getByRole('button', { name: ui.config.pickPeople }).click();
  await tab.waitForCall('people.selectPeople');
  await tab.waitForCall('settings.setValidityState', (c) => c.args[0] === true);
  expect(await address(tab, 1).inputValue()).toBe(AF_ONE);
});
