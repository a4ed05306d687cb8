import { parseLang, resolveTabSettings, tabUrl } from '../../content';

type PageLocation = Pick<Location, 'origin' | 'search'>;

/**
 * The link to share: the tab with only the valid settings of this page's link (municipality,
 * aandachtsfunctionarissen, language), so that nothing else in the address (a fragment, unknown parameters)
 * travels along. Ticks never are in it.
 */
export function shareableTabUrl(location: PageLocation): string {
  const query = new URLSearchParams(location.search);
  return tabUrl(location.origin, resolveTabSettings(query).settings, parseLang(query.get('lang')).lang);
}
