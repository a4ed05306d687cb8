import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { TabPage } from './TabPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage((root, { locale, theme }) => (
  <TabPage initialLocale={locale} initialTheme={theme} initialObservations={snapshotTicks(root)} />
));
