import { snapshotTicks } from '../../hooks/useRestoreObservations';
import { documentLocale } from '../../host/locale';
import { TabPage } from '../../pages/TabPage';
import { hydratePage } from '../hydrate';

hydratePage((root) => <TabPage initialLocale={documentLocale()} initialObservations={snapshotTicks(root)} />);
