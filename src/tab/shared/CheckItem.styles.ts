import { makeStyles, tokens } from '@fluentui/react-components';

export const useCheckItemStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { breakInside: 'avoid' },
  },
  checkbox: { flexGrow: 1, minWidth: 0 },
  label: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
  tag: {
    flexShrink: 0,
    marginTop: tokens.spacingVerticalS,
    marginRight: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  condition: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
});
