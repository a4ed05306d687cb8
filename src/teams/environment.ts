/**
 * True when no Teams host can be listening: a top-level window without an opener and without the
 * native bridge of the Teams mobile apps. Then teams-js need not even be loaded.
 */
export function cannotBeInTeams(win: Window = window): boolean {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true;
  }
  return !framed && !win.opener && !('nativeInterface' in win);
}
