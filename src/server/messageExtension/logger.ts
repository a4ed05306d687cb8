import type { AppOptions } from '@microsoft/teams.apps';

type Logger = NonNullable<AppOptions<never>['logger']>;
type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Where log lines go; tests pass their own. */
export type LogSink = Pick<Console, 'error' | 'warn' | 'info'>;

/**
 * The Teams SDK's logger, made quiet on purpose: it writes only the SDK's own fixed sentences and never an
 * object, since the SDK passes whole activities (with search terms and dialog data) at debug level and error
 * objects elsewhere. Debug and trace are dropped whatever LOG_LEVEL says.
 */
export function quietLogger(sink: LogSink = console, name = 'teams'): Logger {
  const write = (level: Level, msg: unknown[]) => {
    if (level === 'debug' || level === 'trace') return;
    const words = msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? `(${m.name})` : '(…)'));
    const line = `[${name}] ${words.join(' ')}`;
    if (level === 'error') sink.error(line);
    else if (level === 'warn') sink.warn(line);
    else sink.info(line);
  };
  const logger: Logger = {
    error: (...msg: unknown[]) => write('error', msg),
    warn: (...msg: unknown[]) => write('warn', msg),
    info: (...msg: unknown[]) => write('info', msg),
    debug: () => undefined,
    trace: () => undefined,
    log: (level: Level, ...msg: unknown[]) => write(level, msg),
    child: (child: string) => quietLogger(sink, `${name}/${child}`),
  };
  return logger;
}
