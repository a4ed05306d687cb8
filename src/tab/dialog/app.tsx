import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { documentLocale } from '../shared/host/locale';
import { DialogPage } from './DialogPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage((root) => (
  <DialogPage initialLocale={documentLocale()} initialObservations={snapshotTicks(root)} />
));
