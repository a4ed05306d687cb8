import { makeStyles, tokens } from '@fluentui/react-components';

export const useShareButtonStyles = makeStyles({
  // In the action bar's row the feedback takes a line of its own after all buttons.
  feedback: { order: 1, minWidth: 0 },
  feedbackShown: {
    flexBasis: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  message: { margin: 0, color: tokens.colorNeutralForeground1, overflowWrap: 'anywhere' },
  field: { maxWidth: '640px' },
});
