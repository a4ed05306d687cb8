import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { DialogPage } from './DialogPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage((root, { locale, theme }) => (
  <DialogPage initialLocale={locale} initialTheme={theme} initialObservations={snapshotTicks(root)} />
));
