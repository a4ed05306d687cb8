import { app } from '@microsoft/teams-js';
import { hostThemeOf, type HostTheme } from '../content';
import { canOpenChat } from './chat';
import { canShare } from './share';

/** The host capabilities the tab's buttons depend on, each asked of the host once it has answered. */
export type HostSupports = {
  /** Opens a chat itself; otherwise the Teams deep link opens Teams. */
  chat: boolean;
  /** Has a "share to Teams" dialog; otherwise the link is copied. */
  sharing: boolean;
};

/** What the tab needs to know of the Teams (or Outlook, Microsoft 365) host it runs in. */
export type TeamsHostInfo = {
  theme: HostTheme;
  /** BCP 47, e.g. `nl-nl` or `en-us`. */
  locale: string;
  frameContext?: string;
  /** `Teams`, `TeamsModern`, `Outlook`, `OutlookWin32`, `Office`, … as the host names itself. */
  hostName?: string;
  supports: HostSupports;
};

/** teams-js waits 60 s for an unknown parent; a clerk cannot. After this the page is standalone. */
export const TEAMS_INIT_TIMEOUT_MS = 2500;

/**
 * Connects to the Teams host, or resolves null when there is none within the timeout.
 * Never rejects: outside Teams the page simply works on its own.
 */
export async function connectToTeams(timeoutMs = TEAMS_INIT_TIMEOUT_MS): Promise<TeamsHostInfo | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const result = await Promise.race([app.initialize().then(() => 'ready' as const), timeout]);
    if (result === 'timeout') return null;
    const context = await app.getContext();
    return {
      theme: hostThemeOf(context.app.theme),
      locale: context.app.locale,
      frameContext: context.page.frameContext,
      hostName: context.app.host.name,
      supports: { chat: canOpenChat(), sharing: canShare() },
    };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Follows the host's theme; returns a function that stops following. */
export function followTeamsTheme(onTheme: (theme: HostTheme) => void): () => void {
  let active = true;
  app.registerOnThemeChangeHandler((name) => {
    if (active) onTheme(hostThemeOf(name));
  });
  // teams-js keeps one handler per app and cannot unregister: a stale one only goes quiet.
  return () => {
    active = false;
  };
}

/** Tells the host the tab is on screen, so it hides its loading indicator. */
export function notifyTeamsLoaded(): void {
  app.notifySuccess();
}
