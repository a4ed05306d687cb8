// Every signal, question, tip and contact detail of the printed card is on screen, word for word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { KMT, QUESTION_IDS, SIGNAL_IDS, TIP_IDS, fillTemplate, questionLine } from '../../src/content';
import { ROOT } from './helpers/appServer';
import { heading, texts } from './helpers/app';
import { appOrigin, normalise, openSession } from './helpers/suite';

const seed = normalise(
  readFileSync(path.join(ROOT, 'tests/fixtures/signaalkaart-mensenhandel-twente.txt'), 'utf8'),
);
const { card } = texts('nl');

/** The items of the card, each checked against the seed first, so the test compares the page with the print. */
const items: [string, string][] = [
  ...card.intro.map((p, i): [string, string] => [`intro ${i + 1}`, p]),
  ...SIGNAL_IDS.map((id): [string, string] => [id, card.signals[id]]),
  ...QUESTION_IDS.map((id): [string, string] => [id, questionLine(card.questions[id])]),
  ...TIP_IDS.map((id): [string, string] => [id, card.tips[id]]),
  ['hoe verder (KMT)', fillTemplate(card.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay })],
  ['hoe verder (aandachtsfunctionaris)', card.hoeVerderAandachtsfunctionaris],
  ['KMT phone', KMT.phoneDisplay],
  ['KMT website', KMT.websiteDisplay],
  ...Object.entries(card.sectionTitles).map(([id, title]): [string, string] => [`section ${id}`, title]),
];

async function visibleText(page: Page): Promise<string> {
  return normalise(await page.locator('body').innerText());
}

test('the content module matches the seed (so the page is compared with the printed card)', () => {
  const missing = items.filter(([, text]) => !seed.includes(normalise(text)));
  expect(missing).toEqual([]);
  expect(seed.toLowerCase()).toContain(normalise(card.title).toLowerCase());
});

test('every signal, question, tip and contact detail is visible at /tab, exactly', async () => {
  const { page } = await openSession({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${appOrigin()}/tab`);
  await heading(page).waitFor();
  // Word for word in the document, and visible (CSS may capitalise a list item's first letter).
  const dom = normalise((await page.locator('body').textContent()) ?? '');
  expect(items.filter(([, item]) => !dom.includes(normalise(item)))).toEqual([]);
  const text = (await visibleText(page)).toLowerCase();
  expect(items.filter(([, item]) => !text.includes(normalise(item).toLowerCase()))).toEqual([]);

  // Each signal and question is its own checkbox, labelled with exactly its text.
  for (const id of SIGNAL_IDS) {
    expect(await page.getByRole('checkbox', { name: card.signals[id], exact: true }).isVisible()).toBe(true);
  }
  for (const id of QUESTION_IDS) {
    const box = page.getByRole('checkbox', {
      name: normalise(questionLine(card.questions[id])),
      exact: true,
    });
    expect(await box.isVisible()).toBe(true);
  }
  // Contact details work as links.
  expect(await page.locator(`a[href="tel:${KMT.phoneE164}"]`).count()).toBeGreaterThan(0);
  expect(await page.locator(`a[href^="${KMT.websiteUrl}"]`).count()).toBeGreaterThan(0);
});

test('no word of the printed card is missing from the page', async () => {
  const { page } = await openSession({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${appOrigin()}/tab`);
  await heading(page).waitFor();
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const onPage = words(await visibleText(page));
  const missing = [...words(seed)].filter((w) => !onPage.has(w));
  expect(missing).toEqual([]);
});

test('the English card shows every signal, question and tip', async () => {
  const en = texts('en').card;
  const { page } = await openSession({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${appOrigin()}/tab?lang=en`);
  await heading(page, 'en').waitFor();
  const text = (await visibleText(page)).toLowerCase();
  const all = [
    ...SIGNAL_IDS.map((id) => en.signals[id]),
    ...QUESTION_IDS.map((id) => questionLine(en.questions[id])),
    ...TIP_IDS.map((id) => en.tips[id]),
    KMT.phoneDisplay,
  ];
  expect(all.filter((item) => !text.includes(normalise(item).toLowerCase()))).toEqual([]);
});
