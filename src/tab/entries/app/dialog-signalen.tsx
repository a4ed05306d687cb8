import { snapshotTicks } from '../../hooks/useRestoreObservations';
import { documentLocale } from '../../host/locale';
import { DialogPage } from '../../pages/DialogPage';
import { hydratePage } from '../hydrate';

hydratePage((root) => (
  <DialogPage initialLocale={documentLocale()} initialObservations={snapshotTicks(root)} />
));
