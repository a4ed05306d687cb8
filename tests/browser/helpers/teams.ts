import type { Frame, FrameLocator, Page } from 'playwright-core';
import {
  hostPageUrl,
  teamsWebSupports,
  type HostConfig,
  type Supports,
  type TeamsTheme,
} from '../teams-host/config';
import { TEAMS_ORIGIN, type Session } from './suite';

/** A message the app sent to the host, as the host page recorded it. */
export type HostCall = {
  func: string;
  args: unknown[];
  apiVersionTag?: string;
  origin: string;
  at: number;
  answered: boolean;
  unhandled?: boolean;
};

export type TeamsOptions = Partial<Omit<HostConfig, 'src' | 'supports'>> & {
  /** App path with query, e.g. `/tab?gemeente=enschede`. */
  path: string;
  /** Capabilities to leave out of Teams on the web's set, e.g. `['chat']`. */
  without?: string[];
  supports?: Supports;
  /** Serve the host page from this origin instead of https://teams.microsoft.com. */
  hostOrigin?: string;
};

/** The app framed by the Teams test host. */
export class TeamsTab {
  constructor(
    readonly session: Session,
    readonly host: Page,
    readonly app: FrameLocator,
  ) {}

  /** The app's frame, for evaluate(). */
  async frame(): Promise<Frame> {
    const handle = await this.host.locator('iframe').elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('The host has no app frame');
    return frame;
  }

  async calls(func?: string): Promise<HostCall[]> {
    const calls = await this.host.evaluate(() => (window as unknown as { __calls: HostCall[] }).__calls);
    return func ? calls.filter((c) => c.func === func) : calls;
  }

  /** Waits until the app has sent `func` (matching `match`), and returns that call. */
  async waitForCall(
    func: string,
    match: (call: HostCall) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<HostCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.calls(func)).find(match);
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = (await this.calls()).map((c) => c.func).join(', ');
        throw new Error(`The app did not send ${func} within ${timeoutMs} ms; it sent: ${seen || 'nothing'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Sends a host event (no id), as Teams does for theme changes and the settings save. */
  async sendEvent(func: string, args: unknown[]): Promise<void> {
    await this.host.evaluate(
      ([f, a]) =>
        (window as unknown as { __host: { sendEvent: (f: string, a: unknown[]) => void } }).__host.sendEvent(
          f,
          a,
        ),
      [func, args] as const,
    );
  }

  async setTheme(theme: TeamsTheme): Promise<void> {
    await this.sendEvent('themeChange', [theme]);
  }
}

/** Opens the app inside the Teams test host, which answers teams-js like Teams on the web. */
export async function openInTeams(session: Session, options: TeamsOptions): Promise<TeamsTab> {
  const supports = options.supports ?? teamsWebSupports();
  for (const name of options.without ?? []) delete supports[name];
  const config: HostConfig = {
    src: new URL(options.path, session.appOrigin).href,
    frameContext: options.frameContext ?? 'content',
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'nl-nl',
    hostClientType: options.hostClientType ?? 'web',
    supports,
    frameTitle: options.frameTitle ?? 'Signaalkaart mensenhandel',
    silent: options.silent,
    context: options.context,
    settings: options.settings,
    people: options.people,
    hostName: options.hostName,
    placeholders: options.placeholders,
  };
  const hostOrigin = options.hostOrigin ?? TEAMS_ORIGIN;
  if (!session.isAllowed(hostOrigin)) session.allowOrigin(hostOrigin);
  await session.page.goto(hostPageUrl(config, hostOrigin));
  return new TeamsTab(session, session.page, session.page.frameLocator('iframe'));
}
