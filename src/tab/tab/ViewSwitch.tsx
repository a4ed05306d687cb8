import { Button } from '@fluentui/react-components';
import { memo } from 'react';
import type { UiText } from '../i18n/tab';
import { useViewSwitchStyles } from './ViewSwitch.styles';

/** On narrow screens signals and questions are two views; on wide screens both show and this hides. */
export type View = 'signalen' | 'vragen';

type ViewSwitchProps = { ui: UiText; view: View; onViewChange: (view: View) => void };

export const ViewSwitch = memo(function ViewSwitch({ ui, view, onViewChange }: ViewSwitchProps) {
  const styles = useViewSwitchStyles();
  const views: [View, string][] = [
    ['signalen', ui.viewSignals],
    ['vragen', ui.viewQuestions],
  ];
  return (
    <div role="group" aria-label={ui.views} className={styles.switch} data-view-switch="">
      {views.map(([value, label]) => (
        // A plain Button with aria-pressed: ToggleButton would add its own code to the tab's first load.
        <Button
          key={value}
          className={styles.button}
          appearance={view === value ? 'primary' : 'secondary'}
          aria-pressed={view === value}
          aria-controls={`view-${value}`}
          onClick={() => onViewChange(value)}
        >
          {label}
        </Button>
      ))}
    </div>
  );
});
