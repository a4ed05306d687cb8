import {
  KMT,
  fillTemplate,
  hoeVerderLine,
  lineKey,
  partTitle,
  type CardLine,
  type HoeVerderLine,
  type Locale,
} from '../content';
import { escapeMarkdown } from './markdown';
import { cardStrings } from './strings';
import type {
  AdaptiveCard,
  CardElement,
  CardVersion,
  Container,
  FactSet,
  OpenUrlAction,
  TextBlock,
} from './types';

/** Options every card builder takes. */
export type CardOptions = {
  locale: Locale;
  /** The tab's URL, when the deployment knows its public address: adds "Open de signaalkaart". */
  tabUrl?: string;
  /** Link unfurling in Teams renders schema 1.3 at most; everything else gets 1.5. */
  version?: CardVersion;
  /** The app icon's public URL (under TAB_ENDPOINT), shown at the top of search results. */
  iconUrl?: string;
};

/** A paragraph of text; every TextBlock of our cards goes through here or `heading`, so all text is escaped. */
export function paragraph(
  text: string,
  extra: Partial<Omit<TextBlock, 'type' | 'text' | 'wrap'>> = {},
): TextBlock {
  return { type: 'TextBlock', text: escapeMarkdown(text), wrap: true, ...extra };
}

/** A heading; `style: heading` (1.5) lets screen readers jump between sections. */
export function heading(text: string, version: CardVersion, size: 'Medium' | 'Large' = 'Medium'): TextBlock {
  return paragraph(text, {
    ...(version === '1.5' ? { style: 'heading' as const } : {}),
    size,
    weight: 'Bolder',
    spacing: 'Medium',
  });
}

/** One item of a list, with a bullet (TextBlock markdown lists cannot mark a single item). */
export function bullet(
  text: string,
  extra: Partial<Omit<TextBlock, 'type' | 'text' | 'wrap'>> = {},
): TextBlock {
  return paragraph(`• ${text}`, { spacing: 'Small', ...extra });
}

/** A search hit: the line in the accent colour, in an emphasised box under the word "Gevonden". */
export function marked(locale: Locale, line: TextBlock): Container {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Small',
    items: [
      paragraph(cardStrings(locale).found, { size: 'Small', weight: 'Bolder', color: 'Accent' }),
      { ...line, weight: 'Bolder', color: 'Accent', spacing: 'None' },
    ],
  };
}

/** Label/value facts, both sides escaped like any text. */
export function facts(pairs: readonly [string, string][]): FactSet {
  return {
    type: 'FactSet',
    spacing: 'Medium',
    facts: pairs.map(([title, value]) => ({ title: escapeMarkdown(title), value: escapeMarkdown(value) })),
  };
}

/** A line of the card with the element that prints it. */
export type Printed = { line: CardLine; block: TextBlock };

/** The printed lines as card elements, the search hit (if any) marked. */
export function markHit(
  printed: readonly Printed[],
  locale: Locale,
  highlight?: CardLine,
): (TextBlock | Container)[] {
  const hit = highlight && lineKey(highlight);
  return printed.map(({ line, block }) => (lineKey(line) === hit ? marked(locale, block) : block));
}

/**
 * "Hoe verder?": KMT by phone (as text, so it can be read and dialled anywhere) and the aandachtsfunctionaris.
 * A search hit in it is marked; KMT's website, otherwise a button, then shows as a line too.
 */
export function hoeVerder(locale: Locale, version: CardVersion, highlight?: CardLine): CardElement[] {
  const line = (id: HoeVerderLine): Printed => ({
    line: { kind: 'hoe-verder', id },
    block: paragraph(hoeVerderLine(id, locale)),
  });
  const websiteHit = highlight?.kind === 'hoe-verder' && highlight.id === 'website';
  const [title, ...lines] = markHit(
    [
      {
        line: { kind: 'title', part: 'hoe-verder' },
        block: heading(partTitle('hoe-verder', locale), version),
      },
      line('kmt'),
      line('aandachtsfunctionaris'),
      ...(websiteHit ? [line('website')] : []),
    ],
    locale,
    highlight,
  );
  return [{ ...title!, separator: true, spacing: 'Large' }, ...lines];
}

/** The buttons every card ends with: the KMT website and, when known, the tab. */
export function cardActions(locale: Locale, tabUrl?: string): OpenUrlAction[] {
  const strings = cardStrings(locale);
  const actions: OpenUrlAction[] = [
    {
      type: 'Action.OpenUrl',
      title: fillTemplate(strings.openWebsite, { website: KMT.websiteDisplay }),
      url: KMT.websiteUrl,
    },
  ];
  if (tabUrl) actions.push({ type: 'Action.OpenUrl', title: strings.openSignaalkaart, url: tabUrl });
  return actions;
}

/** Wraps a body into a card with the shared footer ("Hoe verder?", a hit in it marked) and buttons. */
export function card(
  options: CardOptions,
  fallbackText: string,
  body: CardElement[],
  { highlight, metadata = false }: { highlight?: CardLine; metadata?: boolean } = {},
): AdaptiveCard {
  const version = options.version ?? '1.5';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    fallbackText,
    msteams: { width: 'Full' },
    body: [...body, ...hoeVerder(options.locale, version, highlight)],
    actions: cardActions(options.locale, options.tabUrl),
    ...(metadata && options.tabUrl ? { metadata: { webUrl: options.tabUrl } } : {}),
  };
}
