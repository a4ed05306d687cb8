import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const usePrivacyNoteStyles = makeStyles({
  note: {
    ...typographyStyles.body1,
    margin: 0,
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    '@media print': { display: 'none' },
  },
  icon: { flexShrink: 0, marginTop: '2px', color: tokens.colorBrandForeground1 },
});
