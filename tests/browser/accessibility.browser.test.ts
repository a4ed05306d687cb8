// WCAG 2.1 AA in every theme, keyboard-only use, reflow at 320 px, and the page language.
import type { Frame, Page } from 'playwright-core';
import { PAGES, PAGE_NAMES, type PageName } from '../../src/content';
import { AF_ONE, clearButton, heading, signalBox, sparButton, texts } from './helpers/app';
import { axe, recordAxe } from './helpers/axe';
import { appOrigin, openSession, screenshot, until } from './helpers/suite';
import { openInTeams } from './helpers/teams';
import type { FrameContext, TeamsTheme } from './teams-host/config';

const FRAME_CONTEXT: Record<PageName, FrameContext> = {
  tab: 'content',
  config: 'settings',
  'dialog-signalen': 'task',
};
const QUERY: Record<PageName, string> = {
  tab: `?gemeente=enschede&af=${AF_ONE}`,
  config: '',
  'dialog-signalen': '',
};
const THEMES: {
  name: string;
  teams: TeamsTheme;
  colorScheme: 'light' | 'dark';
  forcedColors: 'none' | 'active';
}[] = [
  { name: 'light', teams: 'default', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', teams: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'contrast', teams: 'contrast', colorScheme: 'dark', forcedColors: 'active' },
];

async function mainBackground(frame: Frame | Page): Promise<string> {
  return frame.evaluate(() => {
    const el = document.querySelector('main') ?? document.body.firstElementChild ?? document.body;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)') return bg;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  });
}

function report(violations: Awaited<ReturnType<typeof axe>>['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    at ${v.targets.join(' | ')}\n    ${v.summary}`)
    .join('\n');
}

// One page load per page and mode; the themes change in place, as they do for a user.
describe.each(PAGE_NAMES)('axe on %s', (page) => {
  test(`in Teams, light -> dark -> contrast by theme events: no WCAG 2.1 AA violations`, async () => {
    const session = await openSession({ inTeams: true });
    const tab = await openInTeams(session, {
      path: PAGES[page].route + QUERY[page],
      frameContext: FRAME_CONTEXT[page],
    });
    await tab.waitForCall('appInitialization.success');
    const frame = await tab.frame();
    await frame.locator('main').first().waitFor();
    const failures: string[] = [];
    for (const theme of THEMES) {
      if (theme.teams !== 'default') {
        const before = await mainBackground(frame);
        await tab.setTheme(theme.teams);
        await until(
          () => mainBackground(frame),
          (bg) => bg !== before,
          `the ${theme.name} theme`,
        );
      }
      const result = await axe(session.page);
      recordAxe(`${page} / teams / ${theme.name}`, result.violations.length, result.passes);
      if (result.violations.length) failures.push(`${theme.name}:\n${report(result.violations)}`);
    }
    if (failures.length) throw new Error(`axe violations in Teams:\n${failures.join('\n')}`);
  });

  test(`standalone, light -> dark -> forced colors (emulated media): no WCAG 2.1 AA violations`, async () => {
    const session = await openSession();
    await session.page.goto(`${appOrigin()}${PAGES[page].route}${QUERY[page]}`);
    await session.page.locator('main').first().waitFor();
    await session.page.waitForLoadState('networkidle');
    const failures: string[] = [];
    for (const theme of THEMES) {
      const before = await mainBackground(session.page);
      await session.page.emulateMedia({ colorScheme: theme.colorScheme, forcedColors: theme.forcedColors });
      if (theme.name === 'dark')
        await until(
          () => mainBackground(session.page),
          (bg) => bg !== before,
          'the dark theme',
        );
      if (theme.name === 'contrast') await session.page.waitForTimeout(200);
      const result = await axe(session.page);
      recordAxe(`${page} / standalone / ${theme.name}`, result.violations.length, result.passes);
      if (result.violations.length) failures.push(`${theme.name}:\n${report(result.violations)}`);
    }
    if (failures.length) throw new Error(`axe violations standalone:\n${failures.join('\n')}`);
  });
});

describe.each(PAGE_NAMES)('%s at 320 x 640', (page) => {
  test(`needs no horizontal scrolling, standalone and in Teams`, async () => {
    const viewport = { width: 320, height: 640 };
    const standalone = await openSession({ viewport });
    await standalone.page.goto(`${appOrigin()}${PAGES[page].route}${QUERY[page]}`);
    await standalone.page.locator('main').first().waitFor();
    await standalone.page.waitForLoadState('networkidle');
    const overflow = (p: Page | Frame) =>
      p.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
    const own = await overflow(standalone.page);
    expect(own.scroll).toBeLessThanOrEqual(own.client);

    const session = await openSession({ viewport, inTeams: true });
    const tab = await openInTeams(session, {
      path: PAGES[page].route + QUERY[page],
      frameContext: FRAME_CONTEXT[page],
    });
    await tab.waitForCall('appInitialization.success');
    const framed = await overflow(await tab.frame());
    expect(framed.scroll).toBeLessThanOrEqual(framed.client);
    if (page === 'tab') {
      await screenshot(standalone.page, 'tab-320');
    }
  });
});

describe.each(PAGE_NAMES)('%s language', (page) => {
  test(`<html lang> matches the language shown`, async () => {
    const { page: browserPage } = await openSession();
    await browserPage.goto(`${appOrigin()}${PAGES[page].route}`);
    expect(await browserPage.evaluate(() => document.documentElement.lang)).toBe('nl');
    await browserPage.goto(`${appOrigin()}${PAGES[page].route}?lang=en`);
    expect(await browserPage.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await browserPage.locator('h1').first().innerText()).not.toBe('');
  });
});

describe('keyboard only', () => {
  const { card, ui } = texts('nl');

  type Focused = {
    tag: string;
    role: string | null;
    name: string;
    box: { x: number; y: number; width: number; height: number } | null;
  };

  async function focused(page: Page): Promise<Focused> {
    return page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { tag: 'body', role: null, name: '', box: null };
      const label =
        el.getAttribute('aria-label') ??
        ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || '');
      // A control that its label wraps may draw its focus ring round the label (as Fluent's checkbox does).
      const wrapper = el.parentElement?.tagName === 'LABEL' ? el.parentElement : el;
      const r = wrapper.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role') ?? (el as HTMLInputElement).type ?? null,
        name: label.replace(/\s+/g, ' ').trim(),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    });
  }

  test('everything is reachable with Tab, each stop has a visible focus indicator', async () => {
    const { page } = await openSession({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appOrigin()}/tab?gemeente=enschede&af=${AF_ONE}`);
    await heading(page).waitFor();
    await page.waitForLoadState('networkidle');

    const stops: Focused[] = [];
    const invisible: string[] = [];
    const kinds = new Map<string, number>();
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.tag === 'body' || (stops.length && stops[0]?.name === now.name && stops[0]?.tag === now.tag))
        break;
      stops.push(now);
      // The focus indicator must change what is drawn around the element: checked for the first two
      // controls of each kind (buttons, links, checkboxes, tabs), which share their focus styles.
      const kind = `${now.tag}/${now.role}`;
      const seenOfKind = (kinds.get(kind) ?? 0) + 1;
      kinds.set(kind, seenOfKind);
      if (seenOfKind > 2) continue;
      await page.evaluate(() =>
        (document.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'center' }),
      );
      const box = (await focused(page)).box;
      if (!box || box.width === 0) continue;
      const clip = {
        x: Math.max(0, box.x - 6),
        y: Math.max(0, box.y - 6),
        width: box.width + 12,
        height: box.height + 12,
      };
      const withFocus = await page.screenshot({ clip, animations: 'disabled' });
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (el) {
          (window as unknown as { __refocus: HTMLElement }).__refocus = el;
          el.blur();
        }
      });
      const withoutFocus = await page.screenshot({ clip, animations: 'disabled' });
      if (withFocus.equals(withoutFocus)) invisible.push(`${now.tag} "${now.name}"`);
      // Back to the same element by keyboard focus, so the walk goes on from here.
      await page.evaluate(() => (window as unknown as { __refocus: HTMLElement }).__refocus.focus());
    }

    const names = stops.map((s) => s.name);
    expect(names).toContain(ui.spar);
    expect(names.some((n) => n.includes(ui.callKmt))).toBe(true);
    expect(names).toContain(ui.clearAll);
    for (const signal of Object.values(card.signals)) expect(names).toContain(signal);
    expect(invisible).toEqual([]);
  });

  test('tick with Space, step back with Shift+Tab, spar with Enter, clear with Enter', async () => {
    const { page } = await openSession({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${appOrigin()}/tab?gemeente=enschede&af=${AF_ONE}`);
    await heading(page).waitFor();
    await page.waitForLoadState('networkidle');

    const first = card.signals['slachtoffer-onderbuikgevoel'];
    for (let i = 0; i < 40 && (await focused(page)).name !== first; i += 1) await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe(first);
    await page.keyboard.press('Space');
    expect(await signalBox(page, 'slachtoffer-onderbuikgevoel').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await signalBox(page, 'slachtoffer-bang').isChecked()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe(first);

    // Back up to the spar button and press Enter: the chat opens in a new window.
    for (let i = 0; i < 20 && (await focused(page)).name !== ui.spar; i += 1)
      await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe(ui.spar);
    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('Enter');
    expect((await popup).url()).toContain('https://teams.microsoft.com/l/chat/0/0?users=');
    await page.bringToFront();

    for (let i = 0; i < 20 && (await focused(page)).name !== ui.clearAll; i += 1)
      await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe(ui.clearAll);
    await page.keyboard.press('Enter');
    expect(await signalBox(page, 'slachtoffer-onderbuikgevoel').isChecked()).toBe(false);
    expect(await signalBox(page, 'slachtoffer-bang').isChecked()).toBe(false);
    expect(await clearButton(page).isVisible()).toBe(true);
    expect(await sparButton(page).isVisible()).toBe(true);
  });
});

test('axe reaches into the Teams frame (a planted violation is found)', async () => {
  const session = await openSession({ inTeams: true });
  const tab = await openInTeams(session, { path: '/tab' });
  await tab.waitForCall('appInitialization.success');
  await (
    await tab.frame()
  ).evaluate(() => {
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.querySelector('main')?.append(img);
  });
  const result = await axe(session.page);
  expect(result.violations.map((v) => v.id)).toContain('image-alt');
});
