import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useConfigPageStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '42rem',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere' },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  hint: { ...typographyStyles.body1Strong, margin: 0 },
});
