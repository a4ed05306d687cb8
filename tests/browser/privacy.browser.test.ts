// Observations live in page memory only: nothing stored, nothing sent anywhere but to the chat draft.
import type { Frame, Page } from 'playwright-core';
import { QUESTION_IDS } from '../../src/content';
import { startAppServer, type AppServer } from './helpers/appServer';
import { AF_ONE, clearButton, heading, signalBox, sparButton, texts, type Root } from './helpers/app';
import { openSession } from './helpers/suite';
import { openInTeams } from './helpers/teams';

const { card, ui } = texts('nl');
let server: AppServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.stop();
});

type Stored = { local: number; session: number; cookie: string; databases: string[]; caches: string[] };

// In Teams the tab is a third-party frame: Chromium may deny it storage altogether, which also means
// nothing was stored. Each store is read on its own so a denial of one does not hide the others.
async function stored(frame: Page | Frame): Promise<Stored> {
  return frame.evaluate(async () => {
    const read = async <T>(get: () => T | Promise<T>, denied: T): Promise<T> => {
      try {
        return await get();
      } catch {
        return denied;
      }
    };
    return {
      local: await read(() => localStorage.length, 0),
      session: await read(() => sessionStorage.length, 0),
      cookie: await read(() => document.cookie, ''),
      databases: await read(async () => (await indexedDB.databases()).map((d) => d.name ?? ''), []),
      caches: await read(() => ('caches' in window ? caches.keys() : []), []),
    };
  });
}

async function tickAskSparClear(root: Root): Promise<void> {
  await signalBox(root, 'slachtoffer-mishandeling').check();
  await signalBox(root, 'begeleider-documenten').check();
  const question = card.questions[QUESTION_IDS[0]].text;
  await root.getByRole('checkbox', { name: question, exact: true }).check();
  await root.getByText(ui.observations(2, 1)).waitFor();
  await sparButton(root).click();
  await root.getByText(ui.sparOpened).waitFor();
  await clearButton(root).click();
  await root.getByText(ui.cleared).waitFor();
  expect(await signalBox(root, 'slachtoffer-mishandeling').isChecked()).toBe(false);
  expect(await root.getByRole('checkbox', { name: question, exact: true }).isChecked()).toBe(false);
}

const EMPTY: Stored = { local: 0, session: 0, cookie: '', databases: [], caches: [] };

test('in Teams: after ticking, asking, sparring and "Wis alles" nothing is stored and no other host was asked', async () => {
  const session = await openSession({ appOrigin: server.origin, inTeams: true });
  const tab = await openInTeams(session, { path: `/tab?gemeente=enschede&af=${AF_ONE}` });
  await heading(tab.app).waitFor();
  await tab.waitForCall('appInitialization.success');
  await tickAskSparClear(tab.app);
  const frame = await tab.frame();
  expect(await stored(frame)).toEqual(EMPTY);
  expect(await session.context.cookies()).toEqual([]);
  const state = await session.context.storageState({ indexedDB: true });
  expect(
    state.origins.filter((o) => o.localStorage.length || JSON.stringify(o).includes('indexedDB')),
  ).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
  // The observations went into the chat draft only, never into a URL.
  expect(frame.url()).toBe(`${server.origin}/tab?gemeente=enschede&af=${AF_ONE}`);
  // The question asked is not part of the draft.
  const draft = ((await tab.calls('chat.openChat'))[0]?.args[0] as { message: string }).message;
  expect(draft).not.toContain(card.questions[QUESTION_IDS[0]].text);
});

test('standalone: the same, and the popup with the deep link is the only thing that left the page', async () => {
  const session = await openSession({ appOrigin: server.origin });
  const { page } = session;
  await page.goto(`${server.origin}/tab?gemeente=enschede&af=${AF_ONE}`);
  await heading(page).waitFor();
  await tickAskSparClear(page);
  expect(await stored(page)).toEqual(EMPTY);
  expect(await session.context.cookies()).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
  expect(session.deepLinks()).toHaveLength(1);
  expect(page.url()).toBe(`${server.origin}/tab?gemeente=enschede&af=${AF_ONE}`);
  // Only GETs of the app's own files: nothing was posted or beaconed.
  const own = session.requests.filter((r) => r.url.startsWith(server.origin));
  expect(own.filter((r) => r.method !== 'GET')).toEqual([]);
});

test('the server logged nothing about the visits (no URLs, no addresses)', async () => {
  const session = await openSession({ appOrigin: server.origin });
  await session.page.goto(`${server.origin}/tab?gemeente=enschede&af=${AF_ONE}`);
  await heading(session.page).waitFor();
  const output = server.output();
  expect(output).not.toContain(AF_ONE);
  expect(output).not.toContain('/tab?');
});
