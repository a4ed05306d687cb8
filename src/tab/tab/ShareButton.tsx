import { Button, mergeClasses } from '@fluentui/react-components';
import { ShareRegular } from '@fluentui/react-icons';
import { lazy, memo, Suspense } from 'react';
import type { Host } from '../shared/hooks/useHost';
import { useShareLink, type ShareStatus } from './hooks/useShareLink';
import type { UiText } from '../i18n/tab';
import { useShareButtonStyles } from './ShareButton.styles';

type ShareButtonProps = { host: Host; ui: UiText };

const LinkField = lazy(() => import(/* webpackChunkName: "link-field" */ './LinkField'));

function feedbackOf(status: ShareStatus, ui: UiText): string {
  switch (status) {
    case 'copied':
      return ui.shareLink.copied;
    case 'copied-instead':
      return ui.shareLink.copiedInstead;
    case 'copy-failed':
      return ui.shareLink.copyFailed;
    case 'idle':
      return '';
  }
}

/** "Delen in chat": the tab's link into a Teams chat (it unfurls into the card), or onto the clipboard. */
export const ShareButton = memo(function ShareButton({ host, ui }: ShareButtonProps) {
  const styles = useShareButtonStyles();
  const { share, status, link } = useShareLink({ host, message: ui.shareLink.message });
  const message = feedbackOf(status, ui);

  return (
    <>
      <Button icon={<ShareRegular />} onClick={() => void share()}>
        {/* Once the host is known: where it cannot share (or outside Teams), the link is copied. */}
        {host.kind !== 'pending' && !host.supports.sharing ? ui.copyLink : ui.share}
      </Button>
      <div className={mergeClasses(styles.feedback, message && styles.feedbackShown)}>
        <p role="status" className={styles.message}>
          {message}
        </p>
        {status === 'copy-failed' && (
          <Suspense fallback={null}>
            <LinkField label={ui.linkLabel} link={link} className={styles.field} />
          </Suspense>
        )}
      </div>
    </>
  );
});
