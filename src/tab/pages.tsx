import type { ReactElement } from 'react';
import { appWords, type Locale, type PageName } from '../content';
import { ConfigPage } from './config/ConfigPage';
import { DialogPage } from './dialog/DialogPage';
import { configUiText } from './i18n/config';
import type { LoadedTheme } from './shared/host/fluentTheme';
import { TabPage } from './tab/TabPage';

/** How the prerenderer renders a page of the registry (src/content/pages.ts) in each language and theme. */
export type PageView = {
  title: (locale: Locale) => string;
  render: (locale: Locale, theme: LoadedTheme) => ReactElement;
};

export const PAGE_VIEWS: Record<PageName, PageView> = {
  tab: {
    title: (locale) => appWords(locale).appName,
    render: (locale, theme) => <TabPage initialLocale={locale} initialTheme={theme} />,
  },
  config: {
    title: (locale) => configUiText(locale).config.title,
    render: (locale, theme) => <ConfigPage initialLocale={locale} initialTheme={theme} />,
  },
  'dialog-signalen': {
    title: (locale) => appWords(locale).shareSignals,
    render: (locale, theme) => <DialogPage initialLocale={locale} initialTheme={theme} />,
  },
};
