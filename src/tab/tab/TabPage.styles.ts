import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { WIDE } from '../shared/layout';

export const useTabPageStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '1200px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
    '@media print': { maxWidth: 'none', padding: 0, gap: tokens.spacingVerticalS },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: {
    ...typographyStyles.title3,
    margin: 0,
    overflowWrap: 'anywhere',
    '@media print': { ...typographyStyles.subtitle1 },
  },
  intro: { ...typographyStyles.body1, margin: `0 0 ${tokens.spacingVerticalM}` },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    [WIDE]: { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
    '@media print': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalL },
  },
  view: { minWidth: 0 },
  // A view that is not chosen hides on narrow screens only; wide screens and paper show both.
  hiddenView: {
    display: 'none',
    [WIDE]: { display: 'block' },
    '@media print': { display: 'block' },
  },
  questions: {
    [WIDE]: {
      borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      paddingLeft: tokens.spacingHorizontalXL,
    },
  },
});
