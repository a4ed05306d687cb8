import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { DialogPage } from './DialogPage';
import { hydratePage } from '../shared/boot/hydrate';

/** Read by loadAppAfterFirstPaint, which reports a start that fails. */
export const started = hydratePage((root, { locale, theme }) => (
  <DialogPage initialLocale={locale} initialTheme={theme} initialObservations={snapshotTicks(root)} />
));
