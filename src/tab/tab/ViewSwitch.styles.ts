import { makeStyles, tokens } from '@fluentui/react-components';
import { WIDE } from '../shared/layout';

export const useViewSwitchStyles = makeStyles({
  switch: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    [WIDE]: { display: 'none' },
    '@media print': { display: 'none' },
  },
  button: { flexGrow: 1 },
});
