import { lazy, Suspense, type ReactNode } from 'react';

export type NoticeProps = {
  intent: 'success' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
};

const MessageBarNotice = lazy(() => import(/* webpackChunkName: "notice" */ './MessageBarNotice'));

/**
 * A message to the clerk (what "sparren" did, ignored link values). Notices only appear after an action or
 * after hydration, so the MessageBar code stays out of the bundle the first paint waits for.
 */
export function Notice(props: NoticeProps) {
  return (
    <Suspense fallback={null}>
      <MessageBarNotice {...props} />
    </Suspense>
  );
}
