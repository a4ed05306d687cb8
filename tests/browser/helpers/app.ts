import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { cardText, type Locale, type SignalId } from '../../../src/content';
import { uiText } from '../../../src/tab/i18n/tab';
import { configUiText } from '../../../src/tab/i18n/config';
import { dialogUiText } from '../../../src/tab/i18n/dialog';
import type { EntryFiles } from '../../../scripts/budget';
import { ROOT } from './appServer';

/** A page or the app's frame inside the Teams host: both answer getByRole. */
export type Root = Page | FrameLocator;

export const AF_ONE = 'af.enschede@gemeente.example';
export const AF_TWO = ['af.hengelo@gemeente.example', 'plaatsvervanger.hengelo@gemeente.example'];

export function texts(locale: Locale = 'nl') {
  const ui = { ...uiText(locale), config: configUiText(locale).config, dialog: dialogUiText(locale).dialog };
  return { card: cardText(locale), ui };
}

export function heading(root: Root, locale: Locale = 'nl'): Locator {
  return root.getByRole('heading', { level: 1, name: cardText(locale).title });
}

export function sparButton(root: Root, locale: Locale = 'nl'): Locator {
  return root.getByRole('button', { name: uiText(locale).spar });
}

export function clearButton(root: Root, locale: Locale = 'nl'): Locator {
  return root.getByRole('button', { name: uiText(locale).clearAll });
}

export function signalBox(root: Root, id: SignalId, locale: Locale = 'nl'): Locator {
  return root.getByRole('checkbox', { name: cardText(locale).signals[id], exact: true });
}

/** The chat draft for these ticked signals (Dutch), from the card's own words, built here apart from the app's code. */
export function draftFor(signals: readonly SignalId[]): string {
  const { card, ui } = texts('nl');
  const lines = [ui.sparDraft, '', ui.sparSeen];
  for (const group of ['slachtoffer', 'begeleider'] as const) {
    const labels = signals.filter((s) => s.startsWith(`${group}-`)).map((s) => `- ${card.signals[s]}`);
    if (labels.length) lines.push(`${card.sectionTitles[group]}:`, ...labels);
  }
  return lines.join('\n');
}

/** The Teams chat deep link as Microsoft documents it, built here independently of the app's code. */
export function expectedDeepLink(
  users: readonly string[],
  topic: string | undefined,
  message: string,
): string {
  const parts = [`users=${users.map(encodeURIComponent).join(',')}`];
  if (topic) parts.push(`topicName=${encodeURIComponent(topic)}`);
  parts.push(`message=${encodeURIComponent(message)}`);
  return `https://teams.microsoft.com/l/chat/0/0?${parts.join('&')}`;
}

/** The first non-transparent background behind an element, and its text colour. */
export async function renderedColours(
  frame: Page | Frame,
  selector = 'h1',
): Promise<{ bg: string; fg: string }> {
  return frame.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) throw new Error(`no ${sel}`);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let el: Element | null = target; el; el = el.parentElement) {
      const colour = getComputedStyle(el).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        bg = colour;
        break;
      }
    }
    return { bg, fg: getComputedStyle(target).color };
  }, selector);
}

/** The script files webpack built per page (dist/entries.json). */
export function builtEntries(): Record<string, EntryFiles> {
  return JSON.parse(readFileSync(path.join(ROOT, 'dist/entries.json'), 'utf8')) as Record<string, EntryFiles>;
}
