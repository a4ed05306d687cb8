import {
  DEFAULTS_META_NAME,
  parseAandachtsfunctionarissen,
  parseGemeente,
  type TabSettings,
} from '../../content';

/** What the server put in the page's defaults `<meta>`: a query string, empty without defaults. */
export function defaultsQuery(doc: Document = document): string {
  return doc.querySelector(`meta[name="${DEFAULTS_META_NAME}"]`)?.getAttribute('content') ?? '';
}

/** Reads the deployment defaults (DEFAULT_GEMEENTE / DEFAULT_AF); checked at start-up, but checked again. */
export function parseDefaults(query: string): TabSettings {
  const params = new URLSearchParams(query);
  return {
    gemeente: parseGemeente(params.get('gemeente')).gemeente,
    aandachtsfunctionarissen: parseAandachtsfunctionarissen(params.get('af')).addresses,
  };
}
