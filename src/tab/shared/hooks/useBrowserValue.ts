import { startTransition, useEffect, useMemo, useState } from 'react';
import type { TabSettings } from '../../../content';
import { defaultsQuery, parseDefaults } from '../defaults';

/**
 * A value only the browser knows (the page's query, the deployment defaults in its `<meta>`). The prerendered
 * page was rendered without it, so the first render (hydration) has `serverValue`, as the HTML has it, and the
 * browser's value follows right after as a transition: React renders the page again in slices, not in one go.
 * `read` must be one function for the life of the page, and return the same value for the same state (a string).
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  const [value, setValue] = useState(serverValue);
  useEffect(() => {
    startTransition(() => setValue(read()));
  }, [read]);
  return value;
}

const locationSearch = () => window.location.search;

/** The page's query string, or null while hydrating. */
export function useLocationSearch(): string | null {
  return useBrowserValue(locationSearch, null);
}

/** The deployment defaults the server put in the page, or null while hydrating. */
export function useDefaults(): TabSettings | null {
  const query = useBrowserValue<string | null>(defaultsQuery, null);
  return useMemo(() => (query === null ? null : parseDefaults(query)), [query]);
}
