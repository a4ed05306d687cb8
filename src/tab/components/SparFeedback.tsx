import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { KMT } from '../../content';
import type { SparStatus } from '../hooks/useSpar';
import type { UiText } from '../i18n';
import { useActionBarStyles } from './ActionBar.styles';

/** What the spar button did, said in words; "not configured" explains the fix and offers KMT. */
export function SparFeedback({ status, ui }: { status: SparStatus; ui: UiText }) {
  const styles = useActionBarStyles();
  // Always rendered, so screen readers announce what appears in it.
  return (
    <div role="status" className={styles.feedback}>
      {status === 'not-configured' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui.sparNotConfiguredTitle}</MessageBarTitle> {ui.sparNotConfigured}{' '}
            {ui.sparNotConfiguredKmt} <Link href={`tel:${KMT.phoneE164}`}>{KMT.phoneDisplay}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {status === 'opened' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{ui.sparOpened}</MessageBarBody>
        </MessageBar>
      )}
      {status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {ui.sparFailed} <Link href={`tel:${KMT.phoneE164}`}>{KMT.phoneDisplay}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
