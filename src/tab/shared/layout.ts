/** From this width signals and questions stand side by side; below it they are two views. */
export const WIDE = '@media (min-width: 900px)';
