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

/** An image by URL; `altText` is what screen readers say. */
export type Image = {
  type: 'Image';
  url: string;
  altText: string;
  size?: 'Auto' | 'Small' | 'Medium';
  spacing?: Spacing;
};

/** Label/value pairs; both sides take the same markdown as a TextBlock, so both are escaped. */
export type FactSet = { type: 'FactSet'; facts: { title: string; value: string }[]; spacing?: Spacing };

export type Column = {
  type: 'Column';
  width: 'auto' | 'stretch';
  items: CardElement[];
  verticalContentAlignment?: 'Top' | 'Center';
};

export type ColumnSet = { type: 'ColumnSet'; columns: Column[]; spacing?: Spacing };

export type CardElement = TextBlock | Container | Image | FactSet | ColumnSet;

export type OpenUrlAction = { type: 'Action.OpenUrl'; title: string; url: string };

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: CardVersion;
  fallbackText: string;
  msteams: { width: 'Full' };
  body: CardElement[];
  actions: OpenUrlAction[];
  /**
   * Where the card's content lives, so a host (Microsoft 365 Copilot) can link to it. Declared by the schema from
   * 1.6; hosts that render 1.5 ignore properties they do not know.
   */
  metadata?: { webUrl: string };
};

/** A Bot Framework attachment carrying an Adaptive Card. */
export type AdaptiveCardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
};

/** The preview of a message extension result: Teams shows only hero or thumbnail cards in the result list. */
export type ThumbnailCardAttachment = {
  contentType: 'application/vnd.microsoft.card.thumbnail';
  content: { title: string; text?: string; images?: { url: string; alt: string }[] };
};
