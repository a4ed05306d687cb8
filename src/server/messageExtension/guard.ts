import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/** Largest activity accepted; Teams' own are a few KB. */
export const MAX_BODY = '100kb';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const optionalRecord = (value: unknown) => value === undefined || isRecord(value);

/**
 * True for something shaped like a Teams activity: an object with a `type`, and for invokes a `name` and an
 * object `value`. The SDK's router assumes this shape; anything else would reach it as a crash.
 */
export function isActivityEnvelope(body: unknown): boolean {
  return (
    isRecord(body) &&
    typeof body.type === 'string' &&
    (body.serviceUrl === undefined || typeof body.serviceUrl === 'string') &&
    optionalRecord(body.from) &&
    optionalRecord(body.recipient) &&
    optionalRecord(body.conversation) &&
    (body.type !== 'invoke' || (typeof body.name === 'string' && isRecord(body.value)))
  );
}

/** Before the Teams SDK reads a request: JSON only (415 otherwise), at most 100 KB (413), parsable (400). */
export function activityGuard(): RequestHandler[] {
  const requireJson: RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) {
      res.status(415).json({ error: 'Content-Type must be application/json' });
      return;
    }
    next();
  };
  return [requireJson, express.json({ limit: MAX_BODY, strict: true })];
}

/** Errors on the endpoint (unparsable JSON, too large, anything unexpected): a status and a fixed text, no stack. */
export const activityErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = Number((error as { status?: unknown }).status);
  if (status >= 400 && status < 500) {
    res.status(status).json({ error: status === 413 ? 'Payload too large' : 'Bad request' });
    return;
  }
  console.error('[teams] request failed', (error as Error)?.name ?? '');
  res.status(500).json({ error: 'Internal server error' });
};
