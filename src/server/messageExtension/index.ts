import { App } from '@microsoft/teams.apps';
import type { CloudEnvironment, InvokeResponse } from '@microsoft/teams.api';
import type { RequestListener } from 'node:http';
import type { Express } from 'express';
import type { ServerSettings } from '../settings';
import { securityHeaderValues } from '../securityHeaders';
import { MessagingEndpoint } from './endpoint';
import {
  answerFetchTask,
  answerQuery,
  answerQueryLink,
  answerSubmitAction,
  type ExtensionConfig,
  type InvokeAnswer,
} from './handlers';
import { quietLogger, type LogSink } from './logger';

/** The Bot Framework messaging endpoint; the bot registration's endpoint is `${TAB_ENDPOINT}/api/messages`. */
export const MESSAGING_ENDPOINT = '/api/messages';

/** The invokes this app answers; any other invoke name gets 400 (after authentication). */
export const HANDLED_INVOKES: ReadonlySet<string> = new Set([
  'composeExtension/query',
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'composeExtension/queryLink',
  'composeExtension/anonymousQueryLink',
]);

export type MessageExtensionOptions = {
  /** Where the SDK's (quiet) log lines go. */
  log?: LogSink;
  /** Only for tests: a cloud whose token keys are served locally. */
  cloud?: CloudEnvironment;
};

const BAD_REQUEST = { status: 400, body: { error: 'Bad request' } };

/**
 * The message extension on `POST /api/messages`, through the Teams SDK, which checks the Bot Framework token of
 * every request. The SDK never listens itself (`app.initialize()` only registers the route on the returned
 * endpoint), so one server serves pages and bot (see `requestListener`). Without bot credentials there is no
 * endpoint and the app is tab-only, unless `DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS` is set for local
 * testing; configured credentials always win over that flag, and in production the flag stops the start.
 */
export async function createMessageExtension(
  settings: ServerSettings,
  options: MessageExtensionOptions = {},
): Promise<MessagingEndpoint | undefined> {
  if (settings.allowUnauthenticated && settings.production) {
    throw new Error(
      'DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is alleen voor lokaal testen en mag niet samen met NODE_ENV=production.',
    );
  }
  const log = options.log ?? console;
  const bot = settings.bot;
  if (!bot && !settings.allowUnauthenticated) return undefined;
  if (bot && settings.allowUnauthenticated) {
    log.warn(
      '[teams] BOT_ID is set: DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS is ignored, tokens are checked.',
    );
  }
  if (!bot)
    log.warn('[teams] No BOT_ID: /api/messages accepts requests WITHOUT a token. Only for local testing.');

  const config: ExtensionConfig = { tabEndpoint: settings.tabEndpoint };
  const endpoint = new MessagingEndpoint(
    MESSAGING_ENDPOINT,
    securityHeaderValues(settings.extraFrameAncestors),
    (error) => log.error('[teams] request failed', (error as Error)?.name ?? ''),
  );

  const teams = new App({
    httpServerAdapter: endpoint,
    // Explicit values, also when empty: the SDK would otherwise fall back to CLIENT_ID etc. in the environment.
    clientId: bot?.clientId ?? '',
    clientSecret: bot?.clientSecret ?? '',
    tenantId: bot ? bot.tenantId : '',
    dangerouslyAllowUnauthenticatedRequests: !bot,
    messagingEndpoint: MESSAGING_ENDPOINT,
    logger: quietLogger(log),
    ...(options.cloud ? { cloud: options.cloud } : {}),
  });

  // Runs after the token check, before any handler: an invoke this app does not know is a bad request, not an
  // empty success (and only a caller with a token learns which invokes exist).
  teams.use(async ({ activity, next }) => {
    if (activity.type === 'invoke' && !HANDLED_INVOKES.has(activity.name)) return BAD_REQUEST;
    return next();
  });

  // The handlers build plain JSON that follows the Bot Framework schema; the SDK's types are wider unions.
  const respond = <T>(answer: InvokeAnswer) => answer as unknown as T;
  teams.on('message.ext.query', ({ activity }) =>
    respond<InvokeResponse<'composeExtension/query'>>(answerQuery(activity.value, activity.locale, config)),
  );
  teams.on('message.ext.open', ({ activity }) =>
    respond<InvokeResponse<'composeExtension/fetchTask'>>(
      answerFetchTask(activity.value, activity.locale, config),
    ),
  );
  teams.on('message.ext.submit', ({ activity }) =>
    respond<InvokeResponse<'composeExtension/submitAction'>>(
      answerSubmitAction(activity.value, activity.locale, config),
    ),
  );
  teams.on('message.ext.query-link', ({ activity }) =>
    respond<InvokeResponse<'composeExtension/queryLink'>>(
      answerQueryLink(activity.value, activity.locale, config),
    ),
  );
  teams.on('message.ext.anon-query-link', ({ activity }) =>
    respond<InvokeResponse<'composeExtension/anonymousQueryLink'>>(
      answerQueryLink(activity.value, activity.locale, config),
    ),
  );

  await teams.initialize();
  return endpoint;
}

/** Serves the messaging endpoint (when there is one) and, for every other request, the web app. */
export function requestListener(endpoint: MessagingEndpoint | undefined, app: Express): RequestListener {
  return endpoint ? (req, res) => endpoint.handle(req, res) || void app(req, res) : app;
}
