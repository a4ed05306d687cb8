import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import type { TabSettings } from '../../../content';
import { defaultsQuery, parseDefaults } from '../defaults';

const neverChanges = () => () => undefined;

/**
 * A value only the browser knows (the page's query, the deployment defaults in its `<meta>`). The prerendered
 * page was rendered without it, so hydration renders `serverValue` as the HTML has it, and React renders once
 * more with the browser's value right after: deferred, as a transition in slices, since React would otherwise
 * render the whole page again in one go. `read` must return the same value for the same state (a string).
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useDeferredValue(useSyncExternalStore(neverChanges, read, () => serverValue));
}

/** The page's query string, or null while hydrating. */
export function useLocationSearch(): string | null {
  return useBrowserValue(() => window.location.search, null);
}

/** The deployment defaults the server put in the page, or null while hydrating. */
export function useDefaults(): TabSettings | null {
  const query = useBrowserValue<string | null>(defaultsQuery, null);
  return useMemo(() => (query === null ? null : parseDefaults(query)), [query]);
}
