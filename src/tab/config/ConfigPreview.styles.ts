import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useConfigPreviewStyles = makeStyles({
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  action: {
    ...typographyStyles.body1Strong,
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  icon: { flexShrink: 0, fontSize: '20px', color: tokens.colorBrandForeground1 },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
});
