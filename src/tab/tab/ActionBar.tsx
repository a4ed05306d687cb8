import { Button } from '@fluentui/react-components';
import { CallRegular, ChatRegular, PrintRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { KMT } from '../../content';
import type { UiText } from '../i18n/tab';
import { useActionBarStyles } from './ActionBar.styles';

type ActionBarProps = {
  ui: UiText;
  onSpar: () => void;
  /** One line under the buttons: who the chat goes to, or that it opens Teams. */
  sparHint: string;
  /** More actions that only some hosts offer (sharing). */
  children?: ReactNode;
};

/** The clerk's actions, first on the page: spar, call KMT, print. */
export function ActionBar({ ui, onSpar, sparHint, children }: ActionBarProps) {
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
        {children}
        <Button icon={<PrintRegular />} onClick={() => window.print()}>
          {ui.print}
        </Button>
      </div>
      <p id="spar-hint" className={styles.status}>
        {sparHint}
      </p>
    </div>
  );
}
