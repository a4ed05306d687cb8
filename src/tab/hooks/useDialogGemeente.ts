import { useEffect, useState } from 'react';
import { parseGemeente, type Municipality } from '../../content';
import { readDefaults } from './useTabSettings';

/**
 * The municipality for the dialog's summary: from a `gemeente` in the dialog's link, else the deployment
 * default, else none; the clerk can change it. Read after hydration, since the prerendered page knows no query.
 */
export function useDialogGemeente() {
  const [gemeente, setGemeente] = useState<Municipality | null>(null);
  const [unknownInLink, setUnknownInLink] = useState(false);
  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    if (query.has('gemeente')) {
      const parsed = parseGemeente(query.get('gemeente'));
      setGemeente(parsed.gemeente);
      setUnknownInLink(parsed.problem !== undefined);
    } else {
      setGemeente(readDefaults().gemeente);
    }
  }, []);
  return { gemeente, setGemeente, unknownInLink };
}
