/** Frame contexts the app runs in: the tab, its configuration page, a dialog (task module). */
export type FrameContext = 'content' | 'settings' | 'task';

/** Teams theme names as the host sends them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The runtime `supports` object that decides each capability's `isSupported()` in teams-js. */
export type Supports = Record<string, unknown>;

/** Which spellings of Teams' URL placeholders a host fills in: `{app.theme}` (current), `{theme}` (legacy). */
export type PlaceholderSpellings = 'both' | 'current' | 'legacy' | 'none';

/** What the host page (host-page.js) reads from its URL hash. */
export type HostConfig = {
  /** The app URL to frame; the host fills in Teams' placeholders in it, as Teams does. */
  src: string;
  /** Which spellings of the placeholders this host fills in (default both). */
  placeholders?: PlaceholderSpellings;
  frameContext: FrameContext;
  theme: TeamsTheme;
  /** BCP 47 as Teams sends it, e.g. `nl-nl` or `en-us`. */
  locale: string;
  hostClientType: 'web' | 'desktop' | 'android' | 'ios';
  supports: Supports;
  /** Title of the iframe (the host page's own accessibility). */
  frameTitle: string;
  /** Record messages but answer none: a framing page that is not a Teams host. */
  silent?: boolean;
  /** Extra or overriding fields of the wire context. */
  context?: Record<string, unknown>;
  /** The tab's current configuration (`pages.getConfig`). */
  settings?: Record<string, unknown>;
  /** What `people.selectPeople` returns. */
  people?: { objectId: string; displayName: string; email: string }[];
};

/** Capabilities of Teams on the web today, as far as this app uses them. */
export function teamsWebSupports(): Supports {
  return {
    appEntity: {},
    appInstallDialog: {},
    chat: {},
    conversations: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    interactive: {},
    menus: {},
    pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
    profile: {},
    sharing: {},
    stageView: {},
    teams: { fullTrust: {} },
    teamsCore: {},
  };
}

/** Where the browser opens the host page for this configuration (it reads the configuration from the hash). */
export function hostPageUrl(config: HostConfig, hostOrigin = 'https://teams.microsoft.com'): string {
  return `${hostOrigin}/host#${encodeURIComponent(JSON.stringify(config))}`;
}
