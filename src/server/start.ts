import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, finishApp } from './app';
import { attachMessageExtension } from './messageExtension';
import type { ServerSettings } from './settings';

export type RunningServer = { server: Server; url: string; close: () => Promise<void> };

/** Builds the whole app (pages, and the message extension when configured) and listens. */
export async function startServer(
  settings: ServerSettings,
  { distDir }: { distDir: string },
): Promise<RunningServer> {
  const app = createApp(settings, { distDir });
  await attachMessageExtension(app, settings);
  finishApp(app);
  const server = await new Promise<Server>((resolve, reject) => {
    // Express 5 hands listen errors (a port in use) to this callback.
    const listening = app.listen(settings.port, settings.host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
