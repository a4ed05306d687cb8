import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useObservationBarStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '@media print': { display: 'none' },
  },
  count: { ...typographyStyles.body1Strong, margin: 0 },
});
