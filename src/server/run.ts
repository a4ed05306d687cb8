import { createLogger, errorFields, type Logger } from './log';
import { loadServerSettings, SettingsError, type ServerSettings } from './settings';
import { startServer, type RunningServer } from './start';

/** The parts of `process` the server's life depends on; tests pass their own. */
export type Host = {
  env: NodeJS.ProcessEnv;
  on(event: 'SIGTERM' | 'SIGINT', listener: (signal: NodeJS.Signals) => void): unknown;
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
  exit(code: number): void;
};

/**
 * The server process: reads the settings (exit 1 naming every problem), starts, logs one line, and on
 * SIGTERM/SIGINT stops gracefully within SHUTDOWN_TIMEOUT, logs one line and exits 0. A second signal stops at
 * once. An error that escapes everything is logged by its kind only and ends the process with 1.
 */
export async function run(
  distDir: string,
  { host = process, log = createLogger() }: { host?: Host; log?: Logger } = {},
): Promise<RunningServer | undefined> {
  const fail = (fields: object, message: string) => {
    log.error(fields, message);
    host.exit(1);
  };
  host.on('uncaughtException', (error) => fail(errorFields(error), 'Onverwachte fout: de server stopt.'));
  host.on('unhandledRejection', (error) => fail(errorFields(error), 'Onverwachte fout: de server stopt.'));

  let settings: ServerSettings;
  let running: RunningServer;
  try {
    settings = loadServerSettings(host.env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    fail({ problems: error.problems }, 'De instellingen kloppen niet; de server start niet.');
    return undefined;
  }
  try {
    running = await startServer(settings, { distDir, log });
  } catch (error) {
    // Start-up errors are the server's own sentences or the system's (a port in use), never request content.
    fail(errorFields(error), `Starten mislukt: ${(error as Error).message}`);
    return undefined;
  }

  const { defaults } = settings;
  log.info(
    {
      gemeente: defaults.gemeente?.slug ?? null,
      aandachtsfunctionarissen: defaults.aandachtsfunctionarissen.length,
      berichtuitbreiding: settings.bot ? 'aan' : settings.allowUnauthenticated ? 'zonder token' : 'uit',
      node: process.version,
      startMs: Math.round(performance.now()),
      ...(settings.production ? {} : { appPackage: 'npm run package (komt in appPackage/build/)' }),
    },
    `Signaalkaart draait op ${running.url}/tab`,
  );

  let stoppedAt: number | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stoppedAt !== undefined) {
      log.warn({ signal }, 'Signaalkaart stopt meteen (tweede signaal).');
      host.exit(0);
      return;
    }
    const since = (stoppedAt = performance.now());
    void running.drain(settings.shutdownTimeoutMs).then(({ forced }) => {
      const fields = { signal, ms: Math.round(performance.now() - since), cut: forced };
      if (forced)
        log.warn(
          fields,
          'Signaalkaart is gestopt; verbindingen die na SHUTDOWN_TIMEOUT nog open waren, zijn afgebroken.',
        );
      else log.info(fields, 'Signaalkaart is gestopt.');
      host.exit(0);
    });
  };
  host.on('SIGTERM', stop);
  host.on('SIGINT', stop);
  return running;
}
