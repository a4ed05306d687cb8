import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** A response body held in memory with its compressed forms, its ETag and its media type. */
export type ServedFile = {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  type: string;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/** Whether a file of this name is worth compressing (text); the build writes `.br`/`.gz` beside these. */
export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path));
}

export function mediaType(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * Brotli quality for what the server compresses itself (pages with the deployment defaults filled in): 10 is
 * much faster than 11 for a few percent more bytes (README, Prestaties). The build uses 11.
 */
const RUNTIME_BROTLI_QUALITY = 10;

/** Prepares a body: compresses it (unless told the compressed forms already exist) and tags it. */
export function prepare(body: Buffer, type: string, compressed?: { gzip?: Buffer; br?: Buffer }): ServedFile {
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 256;
  // A compressed form that is not smaller than the file is not worth sending.
  const smaller = (form: Buffer | undefined) => (form && form.length < body.length ? form : undefined);
  return {
    body,
    type,
    etag: etagOf(body),
    gzip: smaller(compressed?.gzip ?? (compressible ? gzipSync(body, { level: 9 }) : undefined)),
    br: smaller(
      compressed?.br ??
        (compressible
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: RUNTIME_BROTLI_QUALITY } })
          : undefined),
    ),
  };
}

/**
 * The `.br` and `.gz` files the build wrote beside `path`, each only when it unpacks to exactly `body`: a
 * leftover from an older build, or the form of a page before the server filled it in, is not sent.
 */
export function compressedSiblings(path: string, body: Buffer): { gzip?: Buffer; br?: Buffer } {
  const sibling = (suffix: string, unpack: (data: Buffer) => Buffer) => {
    let data: Buffer;
    try {
      data = readFileSync(path + suffix);
    } catch {
      return undefined;
    }
    try {
      return unpack(data).equals(body) ? data : undefined;
    } catch {
      return undefined; // not valid brotli/gzip: compress anew
    }
  };
  return { gzip: sibling('.gz', gunzipSync), br: sibling('.br', brotliDecompressSync) };
}

/**
 * Loads every file under a folder into memory, using the `.br` / `.gz` siblings the build wrote.
 * The folder is small (a few bundles), and serving from memory keeps the server simple and fast.
 */
export function loadFolder(folder: string): Map<string, ServedFile> {
  const files = new Map<string, ServedFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.br') && !name.endsWith('.gz')) {
        const body = readFileSync(path);
        const compressed = isCompressible(name) ? compressedSiblings(path, body) : {};
        files.set(
          `/${relative(folder, path).split(sep).join('/')}`,
          prepare(body, mediaType(name), compressed),
        );
      }
    }
  };
  walk(folder);
  return files;
}

/**
 * Sends a prepared file: brotli, else gzip, when the client takes it (`br;q=0` means "not brotli"), each coding
 * with its own ETag (they are different bytes), and 304 when the client already has those bytes.
 */
export function sendFile(req: Request, res: Response, file: ServedFile, cacheControl: string): void {
  const encoding =
    file.br && req.acceptsEncodings('br')
      ? 'br'
      : file.gzip && req.acceptsEncodings('gzip')
        ? 'gzip'
        : undefined;
  res.set({
    'Cache-Control': cacheControl,
    ETag: encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag,
    Vary: 'Accept-Encoding',
    'Content-Type': file.type,
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  if (encoding) res.set('Content-Encoding', encoding);
  res.send(encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body);
}
