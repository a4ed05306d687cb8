import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXL,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    '@media print': { display: 'none' },
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
});
