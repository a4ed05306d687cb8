import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { TabPage } from './TabPage';
import { hydratePage } from '../shared/boot/hydrate';

/** Read by loadAppAfterFirstPaint, which reports a start that fails. */
export const started = hydratePage((root, { locale, theme }) => (
  <TabPage initialLocale={locale} initialTheme={theme} initialObservations={snapshotTicks(root)} />
));
