import { Button, Field, Input, mergeClasses } from '@fluentui/react-components';
import { ShareRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { Host } from '../host/useHost';
import { useShareLink, type ShareStatus } from '../hooks/useShareLink';
import type { UiText } from '../i18n';
import { useShareButtonStyles } from './ShareButton.styles';

type ShareButtonProps = { host: Host; ui: UiText };

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
export function ShareButton({ host, ui }: ShareButtonProps) {
  const styles = useShareButtonStyles();
  const { share, status, link } = useShareLink({ host, message: ui.shareLink.message });
  const field = useRef<HTMLInputElement>(null);
  const message = feedbackOf(status, ui);

  useEffect(() => {
    // Focus selects the link, so Ctrl+C copies it right away.
    if (status === 'copy-failed') field.current?.focus();
  }, [status]);

  return (
    <>
      <Button icon={<ShareRegular />} onClick={() => void share()}>
        {host.kind === 'standalone' ? ui.shareLink.copyLink : ui.share}
      </Button>
      <div className={mergeClasses(styles.feedback, message && styles.feedbackShown)}>
        <p role="status" className={styles.message}>
          {message}
        </p>
        {status === 'copy-failed' && (
          <Field label={ui.shareLink.linkLabel} className={styles.field}>
            <Input ref={field} readOnly value={link} onFocus={(event) => event.target.select()} />
          </Field>
        )}
      </div>
    </>
  );
}
