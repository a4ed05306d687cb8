import { ConfigPage } from './ConfigPage';
import { hydratePage } from '../shared/boot/hydrate';

hydratePage((_root, { locale, theme }) => <ConfigPage initialLocale={locale} initialTheme={theme} />);
