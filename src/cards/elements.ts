import { KMT, cardText, fillTemplate, hoeVerderLine, type CardLine, type Locale } from '../content';
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

/**
 * "Hoe verder?": KMT by phone (as text, so it can be read and dialled anywhere) and the aandachtsfunctionaris.
 * A search hit in it is marked; KMT's website, otherwise a button, then shows as a line too.
 */
export function hoeVerder(locale: Locale, version: CardVersion, highlight?: CardLine): CardElement[] {
  const text = cardText(locale);
  const title = heading(text.sectionTitles['hoe-verder'], version);
  const hit = (id: 'kmt' | 'aandachtsfunctionaris') =>
    highlight?.kind === 'hoe-verder' && highlight.id === id;
  const line = (id: 'kmt' | 'aandachtsfunctionaris') => {
    const block = paragraph(hoeVerderLine(id, locale));
    return hit(id) ? marked(locale, block) : block;
  };
  const website =
    highlight?.kind === 'hoe-verder' && highlight.id === 'website'
      ? [marked(locale, paragraph(hoeVerderLine('website', locale)))]
      : [];
  const titleMarked = highlight?.kind === 'title' && highlight.part === 'hoe-verder';
  return [
    titleMarked
      ? { ...marked(locale, title), separator: true, spacing: 'Large' }
      : { ...title, separator: true, spacing: 'Large' },
    line('kmt'),
    line('aandachtsfunctionaris'),
    ...website,
  ];
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
