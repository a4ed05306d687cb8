// The floor for the search benchmark, run as its own process: a minimal Teams SDK app (the SDK's own Express
// adapter, no token check) whose search handler returns a fixed answer, prebuilt once per search term of the
// load. What is left of our search's latency above this is our own work.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import type { InvokeResponse } from '@microsoft/teams.api';
import { answerQuery } from '../../src/server/messageExtension/handlers';
import { quietLogger } from '../../src/server/messageExtension/logger';
import { searchInvokes } from './load';

type QueryValue = { parameters?: { value?: unknown }[] };
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

async function main(): Promise<void> {
  const prebuilt = new Map<unknown, InvokeResponse<'composeExtension/query'>>();
  for (const request of searchInvokes()) {
    const activity = JSON.parse(request.body!) as { value: QueryValue; locale: string };
    const answer = answerQuery(activity.value, activity.locale, {
      tabEndpoint: 'https://signaalkaart.example.nl',
    });
    prebuilt.set(
      activity.value.parameters?.[0]?.value,
      answer as unknown as InvokeResponse<'composeExtension/query'>,
    );
  }
  const server = createServer();
  const app = new App({
    httpServerAdapter: new ExpressAdapter(server),
    clientId: '',
    clientSecret: '',
    tenantId: '',
    dangerouslyAllowUnauthenticatedRequests: true,
    logger: quietLogger(quiet),
  });
  app.on('message.ext.query', ({ activity }) =>
    prebuilt.get((activity.value as QueryValue).parameters?.[0]?.value)!,
  );
  await app.initialize();
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages\n`);
  });
}

void main();
