import { ConfigPage } from './ConfigPage';
import { hydratePage } from '../shared/boot/hydrate';

/** Read by loadAppAfterFirstPaint, which reports a start that fails. */
export const started = hydratePage((_root, { locale, theme }) => (
  <ConfigPage initialLocale={locale} initialTheme={theme} />
));
