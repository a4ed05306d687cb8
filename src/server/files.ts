import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

export function mediaType(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Prepares a body: compresses it (unless told the compressed forms already exist) and tags it. */
export function prepare(body: Buffer, type: string, compressed?: { gzip?: Buffer; br?: Buffer }): ServedFile {
  const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 256;
  return {
    body,
    type,
    etag: etagOf(body),
    gzip: compressed?.gzip ?? (compressible ? gzipSync(body, { level: 9 }) : undefined),
    br:
      compressed?.br ??
      (compressible
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : undefined),
  };
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
        const read = (suffix: string) => {
          try {
            return readFileSync(path + suffix);
          } catch {
            return undefined;
          }
        };
        const ext = extname(name);
        const compressed = COMPRESSIBLE.has(ext) ? { gzip: read('.gz'), br: read('.br') } : {};
        files.set(
          `/${relative(folder, path).split(sep).join('/')}`,
          prepare(readFileSync(path), mediaType(name), compressed),
        );
      }
    }
  };
  walk(folder);
  return files;
}

/** Sends a prepared file: 304 on a matching ETag, brotli or gzip when the client takes it. */
export function sendFile(req: Request, res: Response, file: ServedFile, cacheControl: string): void {
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Type', file.type);
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
    res.status(304).end();
    return;
  }
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const [body, encoding] =
    file.br && /\bbr\b/.test(accepted)
      ? [file.br, 'br']
      : file.gzip && /\bgzip\b/.test(accepted)
        ? [file.gzip, 'gzip']
        : [file.body, undefined];
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}
