import { KMT, cardText, fillTemplate, type Locale } from '../content';
import { escapeMarkdown } from './markdown';
import { cardStrings } from './strings';
import type { AdaptiveCard, CardElement, CardVersion, OpenUrlAction, TextBlock } from './types';

/** Options every card builder takes. */
export type CardOptions = {
  locale: Locale;
  /** The tab's URL, when the deployment knows its public address: adds "Open de signaalkaart". */
  tabUrl?: string;
  /** Link unfurling in Teams renders schema 1.3 at most; everything else gets 1.5. */
  version?: CardVersion;
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

/** "Hoe verder?": KMT by phone (as text, so it can be read and dialled anywhere) and the aandachtsfunctionaris. */
export function hoeVerder(locale: Locale, version: CardVersion): CardElement[] {
  const text = cardText(locale);
  return [
    { ...heading(text.sectionTitles['hoe-verder'], version), separator: true, spacing: 'Large' },
    paragraph(fillTemplate(text.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay })),
    paragraph(text.hoeVerderAandachtsfunctionaris),
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

/** Wraps a body into a card with the shared footer and buttons. */
export function card(
  options: CardOptions,
  fallbackText: string,
  body: CardElement[],
  { withHoeVerder = true } = {},
): AdaptiveCard {
  const version = options.version ?? '1.5';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    fallbackText,
    msteams: { width: 'Full' },
    body: withHoeVerder ? [...body, ...hoeVerder(options.locale, version)] : body,
    actions: cardActions(options.locale, options.tabUrl),
  };
}
