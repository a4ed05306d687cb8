import { Suspense, type ReactNode } from 'react';

/**
 * A part of the page that React hydrates on its own, after the page around it: a Suspense boundary, which has its
 * own slice of work and its own commit, so no single task holds the main thread long, and a click inside it is
 * answered first. Put it inside a memoised component: a new element from a parent's render would make React
 * hydrate the part at once.
 */
export function HydratesApart({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
