import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

// Fluent's 12px checkmark glyph, drawn through a mask so it takes the theme's colour.
const CHECKMARK =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 12 12'%3E%3Cpath d='M9.76 3.2c.3.29.32.76.04 1.06l-4.25 4.5a.75.75 0 0 1-1.08.02L2.22 6.53a.75.75 0 0 1 1.06-1.06l1.7 1.7L8.7 3.24a.75.75 0 0 1 1.06-.04'/%3E%3C/svg%3E\")";
const BOX = '16px';

export const useCheckItemStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { breakInside: 'avoid' },
  },
  // The measurements of Fluent's medium Checkbox, on a native checkbox: the whole line is the click target, the
  // focus ring goes round box and text, as Fluent draws it.
  checkbox: {
    display: 'flex',
    alignItems: 'flex-start',
    flexGrow: 1,
    minWidth: 0,
    maxWidth: 'fit-content',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':has(:focus-visible)': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  box: {
    appearance: 'none',
    boxSizing: 'border-box',
    flexShrink: 0,
    display: 'grid',
    placeContent: 'center',
    width: BOX,
    height: BOX,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: 'transparent',
    cursor: 'inherit',
    outlineStyle: 'none',
    // A label that is hovered or pressed makes its box :hover or :active too.
    ':hover': shorthands.borderColor(tokens.colorNeutralStrokeAccessibleHover),
    ':active': shorthands.borderColor(tokens.colorNeutralStrokeAccessiblePressed),
    '::before': {
      content: '""',
      width: '12px',
      height: '12px',
      maskImage: CHECKMARK,
      maskRepeat: 'no-repeat',
      maskSize: '12px 12px',
      backgroundColor: tokens.colorNeutralForegroundInverted,
      visibility: 'hidden',
    },
    ':checked': {
      backgroundColor: tokens.colorCompoundBrandBackground,
      ...shorthands.borderColor(tokens.colorCompoundBrandBackground),
    },
    ':checked:hover': {
      backgroundColor: tokens.colorCompoundBrandBackgroundHover,
      ...shorthands.borderColor(tokens.colorCompoundBrandBackgroundHover),
    },
    ':checked:active': {
      backgroundColor: tokens.colorCompoundBrandBackgroundPressed,
      ...shorthands.borderColor(tokens.colorCompoundBrandBackgroundPressed),
    },
    ':checked::before': { visibility: 'visible' },
    // Forced colours replace backgrounds with the system's: the checkmark keeps the text colour instead.
    '@media (forced-colors: active)': {
      '::before': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
    },
  },
  label: {
    ...typographyStyles.body1,
    alignSelf: 'center',
    // Fluent's label: its line height overlaps the box's margins, so a one-line item is as tall as the box.
    margin: `calc((${BOX} - ${tokens.lineHeightBase300}) / 2) 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground1,
  },
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
