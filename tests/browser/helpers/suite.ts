import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT } from './appServer';

export const STATE_FILE = path.join(ROOT, 'test-results/.browser-suite.json');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');
export const TEAMS_ORIGIN = 'https://teams.microsoft.com';

export { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/chromium';

/** Written by globalSetup, read by every test file. */
export type SuiteState = { wsEndpoint: string; appOrigin: string; hostPort: number };

let state: SuiteState | undefined;
export function suiteState(): SuiteState {
  state ??= JSON.parse(readFileSync(STATE_FILE, 'utf8')) as SuiteState;
  return state;
}

/** The default app server (no deployment defaults). */
export function appOrigin(): string {
  return suiteState().appOrigin;
}

let browserPromise: Promise<Browser> | undefined;
function browser(): Promise<Browser> {
  browserPromise ??= chromium.connect(suiteState().wsEndpoint);
  return browserPromise;
}

export async function disconnectBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

export type RecordedRequest = { url: string; method: string; type: string; navigation: boolean };
export type CspViolation = {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
  document: string;
  disposition: string;
};

export type SessionOptions = {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  /** The browser's language (navigator.language, Accept-Language). */
  locale?: string;
  javaScriptEnabled?: boolean;
  /** The app server this session talks to (default: the suite's). */
  appOrigin?: string;
  /** A Teams host frames the app: its origin is allowed too. */
  inTeams?: boolean;
  /** Requests to other hosts that are refused but do not fail the test (only for pages that are not the app). */
  tolerate?: (url: string) => boolean;
};

const CSP_MARK = '[csp-violation] ';

// Runs in every frame before the page's own scripts, so a style or script the CSP refuses is reported
// even when the page swallows the failure.
function watchCsp(mark: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      console.error(
        mark +
          JSON.stringify({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
            sample: event.sample,
            document: event.documentURI,
            disposition: event.disposition,
          }),
      );
    },
    true,
  );
}

/** One browser context with everything it does recorded; checked and closed after each test. */
export class Session {
  readonly requests: RecordedRequest[] = [];
  readonly cspViolations: CspViolation[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  private expectedCsp = new Set<CspViolation>();

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly appOrigin: string,
    readonly allowedOrigins: string[],
    private readonly tolerate: (url: string) => boolean = () => false,
  ) {}

  /** Requests to anything but the app (and, in Teams, the test host). Chat deep links opened by the user are not requests of the page. */
  foreignRequests(): RecordedRequest[] {
    return this.requests.filter(
      (r) => !this.isAllowed(r.url) && !isDeepLinkNavigation(r) && !this.tolerate(r.url),
    );
  }

  /** Deep links the page opened (new windows / navigations to Teams chat links). */
  deepLinks(): string[] {
    return this.requests.filter(isDeepLinkNavigation).map((r) => r.url);
  }

  /** Another origin the test itself serves (e.g. an intranet page framing the app). */
  allowOrigin(origin: string): void {
    this.allowedOrigins.push(origin);
  }

  isAllowed(url: string): boolean {
    if (/^(data|blob|about|chrome-error):/.test(url)) return true;
    try {
      return this.allowedOrigins.includes(new URL(url).origin);
    } catch {
      return false;
    }
  }

  /** Marks the violations a test caused on purpose, so the after-test check does not count them. */
  takeCspViolations(match: (v: CspViolation) => boolean): CspViolation[] {
    const taken = this.cspViolations.filter((v) => match(v) && !this.expectedCsp.has(v));
    taken.forEach((v) => this.expectedCsp.add(v));
    return taken;
  }

  unexpectedCspViolations(): CspViolation[] {
    return this.cspViolations.filter((v) => !this.expectedCsp.has(v) && !isTeamsJsCdnFetch(v));
  }

  /** Problems that fail any test: CSP violations the page reports, uncaught and console errors, foreign requests. */
  problems(): string[] {
    const problems: string[] = [];
    for (const v of this.unexpectedCspViolations()) problems.push(`CSP violation: ${JSON.stringify(v)}`);
    for (const e of this.pageErrors) problems.push(`Uncaught page error: ${e}`);
    for (const r of this.foreignRequests()) problems.push(`Request to another host: ${r.method} ${r.url}`);
    for (const e of this.consoleErrors.filter(isUnexplainedConsoleError))
      problems.push(`Console error: ${e}`);
    return problems;
  }
}

/** teams-js asks its CDN for valid origins when it loads; one test (teams-js-cdn) checks that on its own. */
export const TEAMS_JS_CDN = 'https://res.cdn.office.net/teams-js/';
export function isTeamsJsCdnFetch(v: CspViolation): boolean {
  return v.directive === 'connect-src' && v.blocked.startsWith(TEAMS_JS_CDN);
}

// CSP refusals are reported (and judged) through their securitypolicyviolation events, and a request the
// suite refused is reported as a request to another host; any other console error is the page's own.
function isUnexplainedConsoleError(text: string): boolean {
  return !/Content Security Policy|net::ERR_BLOCKED_BY_CLIENT/.test(text);
}

function isDeepLinkNavigation(r: RecordedRequest): boolean {
  return r.navigation && r.url.startsWith(`${TEAMS_ORIGIN}/l/`);
}

const openSessions: Session[] = [];

/** A fresh, recorded browser context with one page. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const origin = options.appOrigin ?? appOrigin();
  const context = await (
    await browser()
  ).newContext({
    viewport: options.viewport ?? { width: 1024, height: 768 },
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    locale: options.locale ?? 'nl-NL',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ignoreHTTPSErrors: true,
    serviceWorkers: 'block',
  });
  const allowed = options.inTeams ? [origin, TEAMS_ORIGIN] : [origin];
  await context.addInitScript(watchCsp, CSP_MARK);
  const page = await context.newPage();
  const session = new Session(context, page, origin, allowed, options.tolerate);
  context.on('request', (request) => {
    session.requests.push({
      url: request.url(),
      method: request.method(),
      type: request.resourceType(),
      navigation: request.isNavigationRequest(),
    });
  });
  // Nothing leaves the machine, whatever the page tries: other hosts are refused (and reported).
  await context.route(
    (url) => !session.isAllowed(url.href) && !url.href.startsWith(`${TEAMS_ORIGIN}/l/`),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('console', (message) => {
    const text = message.text();
    if (text.startsWith(CSP_MARK)) session.cspViolations.push(JSON.parse(text.slice(CSP_MARK.length)));
    else if (message.type() === 'error') session.consoleErrors.push(text);
  });
  context.on('weberror', (error) => session.pageErrors.push(String(error.error())));
  openSessions.push(session);
  return session;
}

/** Closes the sessions of the finished test and returns what went wrong in them. */
export async function closeSessions(): Promise<string[]> {
  const sessions = openSessions.splice(0);
  const problems: string[] = [];
  for (const session of sessions) {
    // Late events (a style inserted on unload, a last request) still count.
    await session.page.waitForTimeout(50).catch(() => undefined);
    problems.push(...session.problems());
    await session.context.close().catch(() => undefined);
  }
  return problems;
}

/** Saves a screenshot under test-results/screenshots/. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await target.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** Collapses all whitespace, as the printed card's line breaks mean nothing. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads until the value is right (the UI updates asynchronously), or fails with the last value seen. */
export async function until<T>(
  read: () => Promise<T> | T,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
