/** Frame contexts the app runs in: the tab, its configuration page, a dialog (task module). */
export type FrameContext = 'content' | 'settings' | 'task';

/** Teams theme names as the host sends them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The runtime `supports` object that decides each capability's `isSupported()` in teams-js. */
export type Supports = Record<string, unknown>;

/** The host names teams-js reports in `app.getContext().app.host.name`. */
export type HostName = 'Teams' | 'TeamsModern' | 'Outlook' | 'OutlookWin32' | 'Office';

/** Which spellings of Teams' URL placeholders a host fills in: `{app.theme}` (current), `{theme}` (legacy). */
export type PlaceholderSpellings = 'both' | 'current' | 'legacy' | 'none';

/** What the host page (host-page.js) reads from its URL hash. */
export type HostConfig = {
  /** The app URL to frame; the host fills in Teams' placeholders in it, as Teams does. */
  src: string;
  /** The host the context names; Teams when left out. */
  hostName?: HostName;

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

/** What a host outside Teams offers every personal tab: the tab pages, nothing of Teams' own. */
function personalTabSupports(): Supports {
  return { pages: { appButton: {}, backStack: {}, currentApp: {}, tabs: {} } };
}

/** Teams as a host of the personal tab: everything of Teams on the web, and its people picker. */
function teamsSupports(): Supports {
  return { ...teamsWebSupports(), people: {} };
}

/** Teams on a phone: as on the web, but without the tab settings API, and sharing left out (see the README). */
function teamsMobileSupports(): Supports {
  const supports = teamsSupports();
  delete supports.sharing;
  supports.pages = { appButton: {}, backStack: {}, currentApp: {}, tabs: {} };
  return supports;
}

/** A Microsoft 365 host as the personal tab meets it. */
export type HostProfile = {
  /** How the tests and the README name it. */
  label: string;
  hostName: HostName;
  hostClientType: HostConfig['hostClientType'];
  /** Where the host page is served from: an origin of that host (the browser maps it to the test host). */
  origin: string;
  supports: Supports;
};

/**
 * The hosts the personal tab is tested in, each with the capabilities the platform documentation gives it
 * (tests/browser/README.md has the table): chat only in Teams and the new Outlook, sharing and the people picker only
 * in Teams, HTML dialogs everywhere but Outlook on phones and the Microsoft 365 app.
 */
export const HOST_PROFILES: readonly HostProfile[] = [
  {
    label: 'Teams on the web',
    hostName: 'Teams',
    hostClientType: 'web',
    origin: 'https://teams.microsoft.com',
    supports: teamsSupports(),
  },
  {
    label: 'Teams for Windows and Mac (new Teams)',
    hostName: 'TeamsModern',
    hostClientType: 'desktop',
    origin: 'https://teams.cloud.microsoft',
    supports: teamsSupports(),
  },
  {
    label: 'Teams for Android',
    hostName: 'Teams',
    hostClientType: 'android',
    origin: 'https://teams.microsoft.com',
    supports: teamsMobileSupports(),
  },
  {
    label: 'Teams for iOS',
    hostName: 'Teams',
    hostClientType: 'ios',
    origin: 'https://teams.microsoft.com',
    supports: teamsMobileSupports(),
  },
  {
    label: 'Outlook on the web',
    hostName: 'Outlook',
    hostClientType: 'web',
    origin: 'https://outlook.office.com',
    supports: { ...personalTabSupports(), chat: {}, dialog: { url: {} } },
  },
  {
    label: 'new Outlook for Windows',
    hostName: 'Outlook',
    hostClientType: 'desktop',
    origin: 'https://outlook.office.com',
    supports: { ...personalTabSupports(), chat: {}, dialog: { url: {} } },
  },
  {
    label: 'classic Outlook for Windows',
    hostName: 'OutlookWin32',
    hostClientType: 'desktop',
    origin: 'https://outlook.office365.com',
    supports: { ...personalTabSupports(), dialog: { url: {} } },
  },
  {
    label: 'Outlook for Android',
    hostName: 'Outlook',
    hostClientType: 'android',
    origin: 'https://outlook.office.com',
    supports: personalTabSupports(),
  },
  {
    label: 'Outlook for iOS',
    hostName: 'Outlook',
    hostClientType: 'ios',
    origin: 'https://outlook.office.com',
    supports: personalTabSupports(),
  },
  {
    label: 'Microsoft 365 app on the web',
    hostName: 'Office',
    hostClientType: 'web',
    origin: 'https://www.microsoft365.com',
    supports: personalTabSupports(),
  },
  {
    label: 'Microsoft 365 app for Windows',
    hostName: 'Office',
    hostClientType: 'desktop',
    origin: 'https://m365.cloud.microsoft',
    supports: personalTabSupports(),
  },
  {
    label: 'Microsoft 365 app for Android',
    hostName: 'Office',
    hostClientType: 'android',
    origin: 'https://m365.cloud.microsoft',
    supports: personalTabSupports(),
  },
  {
    label: 'Microsoft 365 app for iOS',
    hostName: 'Office',
    hostClientType: 'ios',
    origin: 'https://m365.cloud.microsoft',
    supports: personalTabSupports(),
  },
];

/** A Teams host of the US government cloud (GCC High): allowed to frame the pages only through EXTRA_FRAME_ANCESTORS. */
export const GOVERNMENT_TEAMS_ORIGIN = 'https://gov.teams.microsoft.us';
