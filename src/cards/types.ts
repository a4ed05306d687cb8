/**
 * The part of the Adaptive Card schema (1.5, as Teams renders it) that our cards use. Typing only this subset
 * keeps the builders honest: anything outside it does not compile.
 */
export type CardVersion = '1.3' | '1.5';

export type TextColor = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';

export type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  /** `heading` is schema 1.5: screen readers announce the text as a heading. */
  style?: 'default' | 'heading';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Default' | 'Bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
};

export type Container = {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
};

export type CardElement = TextBlock | Container;

export type OpenUrlAction = { type: 'Action.OpenUrl'; title: string; url: string };

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: CardVersion;
  fallbackText: string;
  msteams: { width: 'Full' };
  body: CardElement[];
  actions: OpenUrlAction[];
};

/** A Bot Framework attachment carrying an Adaptive Card. */
export type AdaptiveCardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
};

/** The preview of a message extension result: Teams shows only hero or thumbnail cards in the result list. */
export type ThumbnailCardAttachment = {
  contentType: 'application/vnd.microsoft.card.thumbnail';
  content: { title: string; text?: string };
};
