import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpMethod, HttpRouteHandler, IHttpServerAdapter } from '@microsoft/teams.apps';
import { pathOf } from '../log';
import { isActivityEnvelope } from './guard';

/** Largest activity accepted; Teams' own are a few KB. */
export const MAX_BODY_BYTES = 100 * 1024;

type Reply = { status: number; body?: unknown };

const reply = (status: number, error: string): Reply => ({ status, body: { error } });
const UNSUPPORTED_TYPE = reply(415, 'Content-Type must be application/json');
const TOO_LARGE = reply(413, 'Payload too large');
const BAD_REQUEST = reply(400, 'Bad request');
const FAILED = reply(500, 'Internal server error');

/** `application/json`, in UTF-8 (the default) if a charset is named. */
function isJson(contentType: string | undefined): boolean {
  const [type, ...parameters] = (contentType ?? '').toLowerCase().split(';');
  if (type?.trim() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, value] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || value?.replace(/"/g, '') === 'utf-8';
  });
}

/**
 * The Teams SDK's HTTP side of the messaging endpoint, on plain `node:http`: JSON only (415), at most 100 KB
 * (413), a parsable JSON object shaped like a Teams activity (400), then the SDK's handler, which checks the Bot Framework token and answers.
 * It implements the SDK's documented adapter interface on plain `node:http`: the SDK's own Express adapter answers
 * a body without Content-Type with 500 and malformed JSON with a stack trace outside production.
 */
export class MessagingEndpoint implements IHttpServerAdapter {
  private handler: HttpRouteHandler | undefined;
  private readonly emptyHeaders: Readonly<Record<string, string>>;
  private readonly jsonHeaders: Readonly<Record<string, string>>;

  constructor(
    readonly path: string,
    headers: Readonly<Record<string, string>>,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.emptyHeaders = { ...headers, 'Cache-Control': 'no-store' };
    this.jsonHeaders = { ...this.emptyHeaders, 'Content-Type': 'application/json; charset=utf-8' };
  }

  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler): void {
    if (method !== 'POST' || path !== this.path) throw new Error(`Unexpected route ${method} ${path}`);
    this.handler = handler;
  }

  /** Answers `POST <path>`; returns false for any other request, which the web app then answers. */
  handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST' || !this.handler || pathOf(req.url) !== this.path) return false;
    void this.answer(req, this.handler).then(
      (answer) => this.send(res, answer),
      (error: unknown) => {
        this.onFailure(error);
        this.send(res, FAILED);
      },
    );
    return true;
  };

  private async answer(req: IncomingMessage, handler: HttpRouteHandler): Promise<Reply> {
    if (!isJson(req.headers['content-type'])) return discard(req, UNSUPPORTED_TYPE);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return discard(req, TOO_LARGE);
    const text = await readBody(req);
    if (text === undefined) return TOO_LARGE;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return BAD_REQUEST;
    }
    // The SDK reads an activity's fields before any handler runs: what is not shaped like one is refused here.
    if (!isActivityEnvelope(body)) return BAD_REQUEST;
    return handler({ body, headers: req.headers as Record<string, string | string[]> });
  }

  private send(res: ServerResponse, { status, body }: Reply): void {
    if (res.headersSent) return;
    const json = Buffer.from(body === undefined ? '' : JSON.stringify(body));
    res.writeHead(status, {
      ...(json.length ? this.jsonHeaders : this.emptyHeaders),
      'Content-Length': json.length,
    });
    res.end(json);
  }
}

/** Reads the body as UTF-8; undefined when it grows past the limit (the rest is dropped). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** Answers without reading the body: it is drained so the connection stays usable. */
function discard(req: IncomingMessage, answer: Reply): Reply {
  req.resume();
  return answer;
}
