import { snapshotTicks } from '../shared/hooks/useRestoreObservations';
import { documentLocale } from '../shared/host/locale';
import { TabPage } from './TabPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage((root) => <TabPage initialLocale={documentLocale()} initialObservations={snapshotTicks(root)} />);
