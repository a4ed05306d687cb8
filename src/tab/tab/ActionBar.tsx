import { Button } from '@fluentui/react-components';
import { CallRegular, ChatRegular, PrintRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { KMT } from '../../content';
import type { Host } from '../shared/hooks/useHost';
import type { UiText } from '../i18n/tab';
import { useActionBarStyles } from './ActionBar.styles';
import { ShareButton } from './ShareButton';

type ActionBarProps = {
  ui: UiText;
  host: Host;
  onSpar: () => void;
  /** One line under the buttons: who the chat goes to, or that it opens Teams. */
  sparHint: string;
};

/** The clerk's actions, first on the page: spar, call KMT, share, print. */
export const ActionBar = memo(function ActionBar({ ui, host, onSpar, sparHint }: ActionBarProps) {
  const styles = useActionBarStyles();
  return (
    <div>
      <div role="group" aria-label={ui.actions} className={styles.bar}>
        <Button appearance="primary" icon={<ChatRegular />} onClick={onSpar} aria-describedby="spar-hint">
          {ui.spar}
        </Button>
        <Button as="a" href={`tel:${KMT.phoneE164}`} icon={<CallRegular />}>
          {`${ui.callKmt}: ${KMT.phoneDisplay}`}
        </Button>
        <ShareButton host={host} ui={ui} />
        <Button icon={<PrintRegular />} onClick={() => window.print()}>
          {ui.print}
        </Button>
      </div>
      <p id="spar-hint" className={styles.status}>
        {sparHint}
      </p>
    </div>
  );
});
