import {
  parseAandachtsfunctionarissen,
  parseGemeente,
  parseTabEndpoint,
  type SettingsProblem,
  type TabSettings,
} from '../content';

/** Bot (message extension) credentials, from the Teams Developer Portal or an Azure Bot. */
export type BotCredentials = { clientId: string; clientSecret?: string; tenantId?: string };

/** Everything the server reads from its environment, validated once at start-up. */
export type ServerSettings = {
  port: number;
  /** Interface to listen on: loopback for local use, all interfaces in production (behind a proxy). */
  host: string;
  /** Public https base URL of this app (no trailing slash), when known. */
  tabEndpoint?: string;
  /** For a bare /tab (the personal tab has no config page). */
  defaults: TabSettings;
  bot?: BotCredentials;
  allowUnauthenticated: boolean;
  production: boolean;
  /** Origins besides the Teams hosts that may frame the pages, e.g. an intranet portal. */
  extraFrameAncestors: readonly string[];
  /** After SIGTERM/SIGINT: how long in-flight requests and open connections may take before they are cut. */
  shutdownTimeoutMs: number;
};

/** Thrown with every problem at once, so an admin can fix the environment in one go. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`De instellingen kloppen niet:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** Seconds a shutdown may take by default: below `docker stop`'s grace period, which then kills. */
export const DEFAULT_SHUTDOWN_TIMEOUT_S = 8;
const MAX_SHUTDOWN_TIMEOUT_S = 600;

const ORIGIN = /^(https:\/\/[a-z0-9.-]+|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/i;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function describe(problem: SettingsProblem): string {
  switch (problem.field) {
    case 'gemeente':
      return 'DEFAULT_GEMEENTE is geen Twentse gemeente (gebruik bijvoorbeeld "enschede" of "hof-van-twente").';
    case 'af':
      return problem.reason === 'too-many'
        ? 'DEFAULT_AF heeft meer dan 5 adressen.'
        : 'DEFAULT_AF bevat iets dat geen e-mailadres of UPN is (scheid adressen met komma’s).';
    case 'lang':
      return 'Onbekende taal.';
  }
}

/** Reads and checks the deployment settings; throws a SettingsError listing everything that is wrong. */
export function loadServerSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const problems: string[] = [];
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;

  const portText = value('PORT') ?? '3978';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT "${portText}" is geen poortnummer (0–65535).`);

  let tabEndpoint: string | undefined;
  const endpointText = value('TAB_ENDPOINT');
  if (endpointText) {
    const parsed = parseTabEndpoint(endpointText);
    if (!parsed.ok) {
      problems.push(
        parsed.problem === 'extra-parts'
          ? 'TAB_ENDPOINT mag geen ?, # of inloggegevens bevatten.'
          : 'TAB_ENDPOINT is geen geldige URL (bijvoorbeeld https://signaalkaart.gemeente.nl).',
      );
    } else if (!parsed.value.https && !parsed.value.local) {
      problems.push('TAB_ENDPOINT moet met https:// beginnen.');
    } else {
      tabEndpoint = parsed.value.endpoint;
    }
  }

  const gemeente = parseGemeente(value('DEFAULT_GEMEENTE'));
  if (gemeente.problem) problems.push(describe(gemeente.problem));
  const af = parseAandachtsfunctionarissen(value('DEFAULT_AF'));
  problems.push(...af.problems.map(describe));

  const clientId = value('BOT_ID') ?? value('CLIENT_ID');
  const clientSecret = value('CLIENT_SECRET') ?? value('SECRET_CLIENT_SECRET');
  const tenantId = value('TENANT_ID');
  if (clientId && !GUID.test(clientId))
    problems.push('BOT_ID is geen GUID (de app-id van de bot-registratie).');
  if (tenantId && !GUID.test(tenantId)) problems.push('TENANT_ID is geen GUID.');
  if (!clientId && clientSecret) problems.push('CLIENT_SECRET is gezet zonder BOT_ID.');

  const production = value('NODE_ENV') === 'production';
  const allowUnauthenticated = value('DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS') === 'true';
  if (allowUnauthenticated && production) {
    problems.push(
      'DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is alleen voor lokaal testen en mag niet samen met NODE_ENV=production.',
    );
  }

  const extraFrameAncestors = (value('EXTRA_FRAME_ANCESTORS') ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of extraFrameAncestors) {
    if (!ORIGIN.test(origin)) {
      problems.push(
        `EXTRA_FRAME_ANCESTORS: "${origin.slice(0, 80)}" is geen https-origin (zoals https://intranet.gemeente.nl).`,
      );
    }
  }

  const shutdownText = value('SHUTDOWN_TIMEOUT') ?? String(DEFAULT_SHUTDOWN_TIMEOUT_S);
  const shutdownTimeout = Number(shutdownText);
  if (!/^\d+$/.test(shutdownText) || shutdownTimeout < 1 || shutdownTimeout > MAX_SHUTDOWN_TIMEOUT_S) {
    problems.push(
      `SHUTDOWN_TIMEOUT "${shutdownText.slice(0, 20)}" is geen aantal seconden (1–${MAX_SHUTDOWN_TIMEOUT_S}).`,
    );
  }

  if (problems.length) throw new SettingsError(problems);
  return {
    port,
    host: value('HOST') ?? (production ? '0.0.0.0' : '127.0.0.1'),
    tabEndpoint,
    defaults: { gemeente: gemeente.gemeente, aandachtsfunctionarissen: af.addresses },
    bot: clientId ? { clientId, clientSecret, tenantId } : undefined,
    allowUnauthenticated,
    production,
    extraFrameAncestors,
    shutdownTimeoutMs: shutdownTimeout * 1000,
  };
}
