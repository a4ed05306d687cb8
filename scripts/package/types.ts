import { isRecord } from '../../src/content';

/** A JSON value as read from or written to the package's JSON files. */
export type Json = string | number | boolean | null | Json[] | JsonObject;
export type JsonObject = { [key: string]: Json };

/** What a check found wrong, in words an admin can act on. `path` points into the file, e.g. `/id`. */
export type Problem = {
  code: ProblemCode;
  message: string;
  file?: string;
  path?: string;
};

export type ProblemCode =
  | 'setting-missing'
  | 'setting-invalid'
  | 'placeholder'
  | 'schema'
  | 'json'
  | 'guid'
  | 'version'
  | 'https'
  | 'valid-domain'
  | 'domain-format'
  | 'manifest-version'
  | 'localization'
  | 'copilot'
  | 'icon-format'
  | 'icon-size'
  | 'icon-transparency'
  | 'icon-colour'
  | 'zip-content';

/** The files of an app package, by their name at the root of the zip. */
export type PackageFiles = Record<string, Buffer>;

/** Exactly these files make up the app package. */
export const PACKAGE_FILE_NAMES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;

/** A JSON object (the same test as every untrusted payload gets, src/content/record.ts). */
export function isJsonObject(value: Json | undefined): value is JsonObject {
  return isRecord(value);
}
