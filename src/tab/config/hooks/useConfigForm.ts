import { useCallback, useEffect, useMemo, useReducer } from 'react';
import {
  checkConfigForm,
  configFormReducer,
  EMPTY_FORM,
  queryOfContentUrl,
  type ConfigForm,
} from '../configForm';

/**
 * The configuration form's state and its verdict. The page's own query (an intranet admin may open
 * `/config?gemeente=…&af=…`) fills it after hydration; `loadContentUrl` fills it from the tab's stored
 * configuration unless the admin has already changed something.
 */
export function useConfigForm(initial: ConfigForm = EMPTY_FORM) {
  const [form, dispatch] = useReducer(configFormReducer, initial);
  const check = useMemo(() => checkConfigForm(form), [form]);

  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    if (query.has('gemeente') || query.has('af')) dispatch({ type: 'load', query });
  }, []);

  const loadContentUrl = useCallback((contentUrl: string) => {
    const query = queryOfContentUrl(contentUrl, window.location.origin);
    if (query) dispatch({ type: 'load', query });
  }, []);

  return { form, check, dispatch, loadContentUrl };
}
