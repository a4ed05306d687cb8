import { ToggleButton } from '@fluentui/react-components';
import type { UiText } from '../i18n';
import { useViewSwitchStyles } from './ViewSwitch.styles';

/** On narrow screens signals and questions are two views; on wide screens both show and this hides. */
export type View = 'signalen' | 'vragen';

type ViewSwitchProps = { ui: UiText; view: View; onViewChange: (view: View) => void };

export function ViewSwitch({ ui, view, onViewChange }: ViewSwitchProps) {
  const styles = useViewSwitchStyles();
  const views: [View, string][] = [
    ['signalen', ui.viewSignals],
    ['vragen', ui.viewQuestions],
  ];
  return (
    <div role="group" aria-label={ui.views} className={styles.switch} data-view-switch="">
      {views.map(([value, label]) => (
        <ToggleButton
          key={value}
          className={styles.button}
          checked={view === value}
          aria-controls={`view-${value}`}
          onClick={() => onViewChange(value)}
        >
          {label}
        </ToggleButton>
      ))}
    </div>
  );
}
