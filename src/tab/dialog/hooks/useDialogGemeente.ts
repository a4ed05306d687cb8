import { useMemo, useState } from 'react';
import { parseGemeente, type Municipality } from '../../../content';
import { useDefaults, useLocationSearch } from '../../shared/hooks/useBrowserValue';

/**
 * The municipality for the dialog's summary: from a `gemeente` in the dialog's link, else the deployment
 * default, else none; the clerk can change it. Known after hydration, since the prerendered page knows no query.
 */
export function useDialogGemeente() {
  const search = useLocationSearch();
  const defaults = useDefaults();
  const fromPage = useMemo(() => {
    const query = new URLSearchParams(search ?? '');
    if (!query.has('gemeente')) return { gemeente: defaults?.gemeente ?? null, unknownInLink: false };
    const parsed = parseGemeente(query.get('gemeente'));
    return { gemeente: parsed.gemeente, unknownInLink: parsed.problem !== undefined };
  }, [search, defaults]);
  // What the clerk chose, once they chose (a choice of "none" is null, not undefined).
  const [chosen, setGemeente] = useState<Municipality | null | undefined>(undefined);
  return {
    gemeente: chosen === undefined ? fromPage.gemeente : chosen,
    setGemeente,
    unknownInLink: fromPage.unknownInLink,
  };
}
