import { memo } from 'react';
import type { SettingsProblem } from '../../content';
import type { UiText } from '../i18n/tab';
import { Notice } from '../shared/Notice';

/** Polite notices about values in the tab's link that were ignored; the values themselves are never shown. */
export const SettingsNotices = memo(function SettingsNotices({
  problems,
  ui,
}: {
  problems: readonly SettingsProblem[];
  ui: UiText;
}) {
  if (problems.length === 0) return null;
  return (
    <Notice intent="warning" title={ui.notices}>
      {problems.map((problem) => (
        <span key={problem.field}>{ui.problem(problem)} </span>
      ))}
    </Notice>
  );
});
