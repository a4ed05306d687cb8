import type { ReactElement } from 'react';
import type { Locale } from '../../content';
import { ConfigPage } from './ConfigPage';
import { DialogPage } from './DialogPage';
import { TabPage } from './TabPage';

/** A page that is prerendered at build time and hydrated by its own webpack entry. */
export type PrerenderedPage = {
  /** Also the webpack entry name and the page's name in dist/pages/pages.json. */
  name: 'tab' | 'config' | 'dialog-signalen';
  title: Record<Locale, string>;
  render: (locale: Locale) => ReactElement;
};

export const PAGES: readonly PrerenderedPage[] = [
  {
    name: 'tab',
    title: { nl: 'Signaalkaart mensenhandel', en: 'Human trafficking signal card' },
    render: (locale) => <TabPage initialLocale={locale} />,
  },
  {
    name: 'config',
    title: { nl: 'Signaalkaart instellen', en: 'Set up the signal card' },
    render: (locale) => <ConfigPage initialLocale={locale} />,
  },
  {
    name: 'dialog-signalen',
    title: { nl: 'Signalen delen', en: 'Share signals' },
    render: (locale) => <DialogPage initialLocale={locale} />,
  },
];
