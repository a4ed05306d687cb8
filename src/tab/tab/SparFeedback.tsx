import { Link } from '@fluentui/react-components';
import { memo } from 'react';
import { KMT } from '../../content';
import type { SparStatus } from './hooks/useSpar';
import type { UiText } from '../i18n/tab';
import { useActionBarStyles } from './ActionBar.styles';
import { Notice } from '../shared/Notice';

/** What the spar button did, said in words; "not configured" explains the fix and offers KMT. */
export const SparFeedback = memo(function SparFeedback({ status, ui }: { status: SparStatus; ui: UiText }) {
  const styles = useActionBarStyles();
  // Always rendered, so screen readers announce what appears in it.
  return (
    <div role="status" className={styles.feedback}>
      {status === 'not-configured' && (
        <Notice intent="warning" title={ui.sparNotConfiguredTitle}>
          {ui.sparNotConfigured} {ui.sparNotConfiguredKmt}{' '}
          <Link href={`tel:${KMT.phoneE164}`}>{KMT.phoneDisplay}</Link>
        </Notice>
      )}
      {status === 'opened' && <Notice intent="success">{ui.sparOpened}</Notice>}
      {status === 'opened-in-teams' && <Notice intent="success">{ui.sparOpenedInTeams}</Notice>}
      {status === 'failed' && (
        <Notice intent="error">
          {ui.sparFailed} <Link href={`tel:${KMT.phoneE164}`}>{KMT.phoneDisplay}</Link>
        </Notice>
      )}
    </div>
  );
});
