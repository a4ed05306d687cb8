import { Button } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { memo, useState } from 'react';
import type { UiText } from '../i18n/tab';
import { useObservationBarStyles } from './ObservationBar.styles';

type ObservationBarProps = { ui: UiText; signals: number; questions: number; onClear: () => void };

/** The running count of what was ticked, and "Wis alles". */
export const ObservationBar = memo(function ObservationBar({
  ui,
  signals,
  questions,
  onClear,
}: ObservationBarProps) {
  const styles = useObservationBarStyles();
  const [justCleared, setJustCleared] = useState(false);
  const empty = signals === 0 && questions === 0;
  // "Alles is gewist" until something is ticked again; after that, the counts (also when they go back to 0).
  if (justCleared && !empty) setJustCleared(false);
  return (
    <div className={styles.bar}>
      <p role="status" className={styles.count}>
        {justCleared && empty ? ui.cleared : ui.observations(signals, questions)}
      </p>
      <Button
        appearance="subtle"
        icon={<DismissCircleRegular />}
        disabledFocusable={empty}
        onClick={() => {
          onClear();
          setJustCleared(true);
        }}
      >
        {ui.clearAll}
      </Button>
    </div>
  );
});
