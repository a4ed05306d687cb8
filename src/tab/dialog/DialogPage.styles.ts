import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
// From Griffel itself: the build's Griffel loader only handles Fluent's makeStyles and makeResetStyles.
import { makeStaticStyles } from '@griffel/react';

// Keeps a focused tick box from hiding behind the sticky button bar while tabbing down the list.
export const useDialogStaticStyles = makeStaticStyles({
  html: { scrollPaddingBottom: '128px' },
});

export const useDialogPageStyles = makeStyles({
  page: {
    boxSizing: 'border-box',
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { ...typographyStyles.title3, margin: 0, overflowWrap: 'anywhere' },
  intro: { ...typographyStyles.body1, margin: 0 },
  gemeente: { maxWidth: '320px' },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (min-height: 480px)': { position: 'sticky', bottom: 0 },
  },
  status: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  problem: { color: tokens.colorStatusDangerForeground1 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
