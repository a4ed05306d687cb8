import type { ReactElement } from 'react';
import { appWords, type Locale, type PageName } from '../content';
import { ConfigPage } from './config/ConfigPage';
import { DialogPage } from './dialog/DialogPage';
import { configUiText } from './i18n/config';
import { TabPage } from './tab/TabPage';

/** How the prerenderer renders a page of the registry (src/content/pages.ts) in each language. */
export type PageView = {
  title: (locale: Locale) => string;
  render: (locale: Locale) => ReactElement;
};

export const PAGE_VIEWS: Record<PageName, PageView> = {
  tab: {
    title: (locale) => appWords(locale).appName,
    render: (locale) => <TabPage initialLocale={locale} />,
  },
  config: {
    title: (locale) => configUiText(locale).config.title,
    render: (locale) => <ConfigPage initialLocale={locale} />,
  },
  'dialog-signalen': {
    title: (locale) => appWords(locale).shareSignals,
    render: (locale) => <DialogPage initialLocale={locale} />,
  },
};
