import { documentLocale } from '../../host/locale';
import { ConfigPage } from '../../pages/ConfigPage';
import { hydratePage } from '../hydrate';

hydratePage(() => <ConfigPage initialLocale={documentLocale()} />);
