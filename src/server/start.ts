import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, finishApp } from './app';
import { createMessageExtension, requestListener } from './messageExtension';
import type { ServerSettings } from './settings';

export type RunningServer = { server: Server; url: string; close: () => Promise<void> };

/** Builds the whole app (pages, and the message extension when configured) and listens. */
export async function startServer(
  settings: ServerSettings,
  { distDir }: { distDir: string },
): Promise<RunningServer> {
  const app = createApp(settings, { distDir });
  finishApp(app);
  const endpoint = await createMessageExtension(settings);
  const server = createServer(requestListener(endpoint, app));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // a port in use
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
