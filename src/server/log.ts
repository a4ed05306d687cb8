import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogSink } from './messageExtension/logger';

export type { Logger } from 'pino';

/**
 * The server's log: one JSON line per event on stdout (or `destination`, for tests), with an ISO time and the
 * level as a word. Callers pass fixed sentences and chosen fields only, never a request, a body or an error
 * object: personal data (the aandachtsfunctionaris' address in a query string, a search term) has no way in.
 */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The path of a request URL, without its query string (which can hold an address). */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '').split('?', 1)[0] ?? '';
  // A client can send any path; an unknown one is still worth a line, but not an unbounded one.
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** Wraps a request listener so that every request, whichever part of the app answers it, gets one log line. */
export function logRequests(log: Logger, listener: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const start = process.hrtime.bigint();
    res.once('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
      const fields = { method: req.method, path: pathOf(req.url), status: res.statusCode, ms };
      // An answer cut off (the client went away, or the shutdown deadline passed) is marked as such.
      log.info(res.writableFinished ? fields : { ...fields, aborted: true });
    });
    listener(req, res);
  };
}

/** The fields that may be logged of an error: its kind, never its message (which can quote input). */
export function errorFields(error: unknown): { error: string; code?: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? { error: name, code } : { error: name };
}

/**
 * A console-shaped sink on the logger, for code that takes one (the message extension, the web app's error
 * handler). It keeps strings and the names of errors, and drops anything else, as a last guard against an
 * object with request content being logged.
 */
export function logSink(log: Logger): LogSink {
  const line = (parts: unknown[]) =>
    parts
      .map((part) => (typeof part === 'string' ? part : part instanceof Error ? `(${part.name})` : '(…)'))
      .join(' ');
  return {
    error: (...parts: unknown[]) => log.error(line(parts)),
    warn: (...parts: unknown[]) => log.warn(line(parts)),
    info: (...parts: unknown[]) => log.info(line(parts)),
  };
}
