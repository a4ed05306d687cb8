import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { createApp, finishApp } from './app';
import { logRequests, logSink, type Logger } from './log';
import { createMessageExtension, requestListener } from './messageExtension';
import type { ServerSettings } from './settings';

/** What a graceful stop had to cut: connections still open at the deadline. */
export type DrainResult = { forced: number };

export type RunningServer = {
  server: Server;
  url: string;
  /** True while the server takes new work; false once it drains. */
  ready: () => boolean;
  /** Stops at once, as `http.Server.close`: idle connections are closed, requests under way finish. */
  close: () => Promise<void>;
  /**
   * Stops gracefully: no new connections; requests under way finish, and every answer from now on carries
   * `Connection: close`; idle keep-alive connections end by their keep-alive timeout (or when the client closes
   * them). Whatever is still open after `timeoutMs` is cut. Resolves once no connection is left.
   */
  drain: (timeoutMs: number) => Promise<DrainResult>;
};

export type StartOptions = {
  /** The build output: dist/ with public/ and pages/. */
  distDir: string;
  /** JSON logs: a line per request and the app's own lines. Without it: no request lines, warnings to console. */
  log?: Logger;
};

/**
 * How long an idle keep-alive connection stays open. A proxy in front must close its idle connections to this
 * server sooner (deploy/nginx.conf does): then it is never the server that closes a connection on which the
 * proxy is just sending a request, a request the proxy could not safely retry if it is a POST.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** Builds the whole app (pages, and the message extension when configured) and listens. */
export async function startServer(
  settings: ServerSettings,
  { distDir, log }: StartOptions,
): Promise<RunningServer> {
  let draining = false;
  const sink = log ? logSink(log) : undefined;
  const app = createApp(settings, { distDir, ready: () => !draining });
  finishApp(app, sink);
  const endpoint = await createMessageExtension(settings, sink ? { log: sink } : {});

  const serve = requestListener(endpoint, app);
  const underway = new Set<ServerResponse>();
  const listener: RequestListener = (req, res) => {
    if (draining) res.setHeader('Connection', 'close');
    underway.add(res);
    res.once('close', () => underway.delete(res));
    serve(req, res);
  };
  const server = createServer(log ? logRequests(log, listener) : listener);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // a port in use
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let drained: Promise<DrainResult> | undefined;
  const drain = (timeoutMs: number) =>
    (drained ??= new Promise<DrainResult>((resolve) => {
      draining = true;
      for (const res of underway) if (!res.headersSent) res.setHeader('Connection', 'close');
      let forced = 0;
      const deadline = setTimeout(() => {
        forced = sockets.size;
        for (const socket of sockets) socket.destroy();
      }, timeoutMs);
      // net.Server's close, not http.Server's: the latter also closes idle keep-alive connections at once, and
      // one of them may carry a request that is on its way. This only stops accepting; its callback runs when
      // the last connection has ended.
      NetServer.prototype.close.call(server, () => {
        clearTimeout(deadline);
        resolve({ forced });
      });
    }));

  return {
    server,
    url: `http://${settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host}:${port}`,
    ready: () => !draining,
    close: () =>
      drained ? drained.then(() => undefined) : new Promise((resolve) => server.close(() => resolve())),
    drain,
  };
}
