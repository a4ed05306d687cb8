import { documentLocale } from '../shared/host/locale';
import { ConfigPage } from './ConfigPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage(() => <ConfigPage initialLocale={documentLocale()} />);
