// The "Signalen delen" dialog (/dialog/signalen) in a Teams task frame, and on its own.
import { AF_ONE, signalBox, texts } from './helpers/app';
import { appOrigin, openSession } from './helpers/suite';
import { openInTeams, type TeamsTab } from './helpers/teams';

const { card, ui } = texts('nl');

async function openDialog(query = ''): Promise<TeamsTab> {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: `/dialog/signalen${query}`, frameContext: 'task' });
  await tab.app.getByRole('heading', { level: 1, name: ui.shareSignals }).waitFor();
  await tab.waitForCall('appInitialization.success');
  return tab;
}

test(`ticked signals and questions go to the message extension with dialog.url.submit`, async () => {
  const tab = await openDialog();
  await signalBox(tab.app, 'slachtoffer-bang').check();
  await signalBox(tab.app, 'begeleider-vaag').check();
  await tab.app.getByRole('checkbox', { name: card.questions['vraag-veilig'].text, exact: true }).check();
  await tab.app.getByRole('combobox', { name: ui.municipality }).selectOption({ label: 'Hof van Twente' });
  await tab.app.getByRole('button', { name: ui.dialog.insert }).click();
  const call = await tab.waitForCall('tasks.completeTask');
  expect(call.apiVersionTag).toMatch(/dialog\.url\.submit$/);
  expect(call.args[0]).toEqual({
    signalen: ['slachtoffer-bang', 'begeleider-vaag'],
    vragen: ['vraag-veilig'],
    gemeente: 'hof-van-twente',
    lang: 'nl',
  });
});

test(`nothing ticked: says so and submits nothing`, async () => {
  const tab = await openDialog();
  await tab.app.getByRole('button', { name: ui.dialog.insert }).click();
  await tab.app.getByText(ui.dialog.nothingTicked).waitFor();
  expect(await tab.calls('tasks.completeTask')).toEqual([]);
});

test(`cancel closes the dialog without a result`, async () => {
  const tab = await openDialog();
  await signalBox(tab.app, 'slachtoffer-bang').check();
  await tab.app.getByRole('button', { name: ui.dialog.cancel }).click();
  const call = await tab.waitForCall('tasks.completeTask');
  expect(call.args[0] ?? null).toBeNull();
});

test(`outside Teams it says where it works and links to the tab`, async () => {
  const { page } = await openSession();
  await page.goto(`${appOrigin()}/dialog/signalen?af=${AF_ONE}`);
  await page.getByText(ui.dialog.standaloneTitle).waitFor();
  expect(await page.getByRole('button', { name: ui.dialog.insert }).count()).toBe(0);
  expect(await page.getByRole('link', { name: ui.openSignaalkaart }).getAttribute('href')).toMatch(/tab/);
  expect(await signalBox(page, 'slachtoffer-bang').isVisible()).toBe(true);
});
