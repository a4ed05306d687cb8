import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR, buildManifest, hasMessageExtension, readTemplates, type Templates } from './build';
import type { EnvValues } from './env';
import type { PackageFiles, Problem } from './types';
import { validatePackage } from './validate';
import { readPackageZip } from './zip';

export * from './build';
export * from './env';
export * from './schema';
export * from './types';
export * from './validate';
export * from './zip';

/** The package files for these settings, and what stops them from being a valid package. */
export async function buildPackage(
  env: EnvValues,
  { templates = readTemplates(), assetsDir = ASSETS_DIR }: { templates?: Templates; assetsDir?: string } = {},
): Promise<{ files: PackageFiles; problems: Problem[]; messageExtension: boolean }> {
  const { manifest, localization, problems } = buildManifest(env, templates);
  const files: PackageFiles = {
    'manifest.json': Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    'en.json': Buffer.from(`${JSON.stringify(localization, null, 2)}\n`),
    'color.png': readFileSync(path.join(assetsDir, 'color.png')),
    'outline.png': readFileSync(path.join(assetsDir, 'outline.png')),
  };
  // Missing settings make every later check noisy: report those alone first.
  if (problems.length) return { files, problems, messageExtension: hasMessageExtension(env) };
  return { files, problems: await validatePackage(files), messageExtension: hasMessageExtension(env) };
}

/** Checks a finished zip as Teams will read it: its layout, then every file in it again. */
export async function verifyZip(zip: Buffer): Promise<{ files: PackageFiles; problems: Problem[] }> {
  const { files, problems } = readPackageZip(zip);
  return { files, problems: [...problems, ...(await validatePackage(files))] };
}
