import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTabLinkBoxStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  muted: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, flexBasis: '16rem', minWidth: 0 },
  input: { width: '100%' },
  status: { ...typographyStyles.body1, margin: 0, ':empty': { display: 'none' } },
});
