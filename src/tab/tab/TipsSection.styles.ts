import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useTipsStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // The card's tips are one lower-case sentence; as list items they start with a capital.
  tip: { ...typographyStyles.body1, '::first-letter': { textTransform: 'uppercase' } },
});
