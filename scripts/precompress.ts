// Writes .br and .gz beside every compressible file in dist/public and dist/pages, so the server never compresses
// per request, and at start only the pages whose deployment defaults differ from the built-in ones.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isCompressible } from '../src/server/files';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const dist = join(__dirname, '..', 'dist');
for (const path of [
  ...walk(join(dist, 'public')),
  ...walk(join(dist, 'pages')).filter((file) => file.endsWith('.html')),
]) {
  if (!isCompressible(path)) continue;
  const body = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
