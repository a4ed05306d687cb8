import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTabEndpoint, TEAMS_CONTEXT_QUERY } from '../../src/content';
import type { EnvValues } from './env';
import { isJsonObject, type Json, type JsonObject, type Problem } from './types';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const MANIFEST_DIR = path.join(REPO_ROOT, 'manifest');
export const ASSETS_DIR = path.join(REPO_ROOT, 'assets');

/** The settings the templates use, with what an admin should put there. */
export const SETTINGS: Record<string, string> = {
  TEAMS_APP_ID: 'de id van de app in Teams, een GUID',
  APP_VERSION: 'het versienummer van het pakket, bijvoorbeeld 1.0.0',
  TAB_ENDPOINT: 'het openbare https-adres van de server, bijvoorbeeld https://signaalkaart.gemeente.nl',
  PUBLISHER_NAME: 'de naam van de uitgever, de gemeente of regio (hoogstens 32 tekens)',
  BOT_ID: 'de Microsoft app-id van de bot (een GUID), alleen voor de berichtuitbreiding',
};

/** Settings computed from others; a missing one is reported as the setting it comes from. */
const DERIVED_FROM: Record<string, string> = { TAB_DOMAIN: 'TAB_ENDPOINT' };

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The template files in manifest/: the manifest, the message extension fragment and the English strings. */
export type Templates = { manifest: JsonObject; composeExtension: JsonObject; localization: JsonObject };

export function readTemplates(dir: string = MANIFEST_DIR): Templates {
  const read = (name: string): JsonObject => {
    const value = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Json;
    if (!isJsonObject(value)) throw new Error(`${name} is geen JSON-object.`);
    return value;
  };
  return {
    manifest: read('manifest.template.json'),
    composeExtension: read('compose-extension.template.json'),
    localization: read('en.json'),
  };
}

/** The names of the `${{VAR}}` placeholders left in a JSON value. */
export function placeholdersIn(value: Json): string[] {
  const names = new Set<string>();
  walkStrings(value, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  });
  return [...names];
}

/** Replaces `${{VAR}}` in every string of a JSON value; names without a non-empty value go to `missing`. */
export function fillPlaceholders(value: Json, vars: EnvValues, missing: Set<string>): Json {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (whole, name: string) => {
      const replacement = vars[name];
      if (replacement === undefined || replacement === '') {
        missing.add(name);
        return whole;
      }
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, vars, missing));
  if (isJsonObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, vars, missing)]),
    );
  }
  return value;
}

/**
 * Adds the values the templates derive from the settings: a normalised TAB_ENDPOINT and its TAB_DOMAIN, and the
 * query through which Teams puts the theme and locale in the tab's URLs.
 */
export function deriveSettings(env: EnvValues): { values: EnvValues; problems: Problem[] } {
  const values: EnvValues = { ...env, TEAMS_CONTEXT_QUERY };
  delete values.TAB_DOMAIN;
  const raw = (env.TAB_ENDPOINT ?? '').trim();
  if (!raw) return { values, problems: [] };
  const parsed = parseTabEndpoint(raw);
  if (!parsed.ok) {
    const message =
      parsed.problem === 'extra-parts'
        ? `TAB_ENDPOINT mag geen ?, # of inloggegevens bevatten: alleen het adres, bijvoorbeeld https://signaalkaart.gemeente.nl.`
        : `TAB_ENDPOINT "${raw}" is geen geldig adres. Zet TAB_ENDPOINT op ${SETTINGS.TAB_ENDPOINT}.`;
    return { values, problems: [{ code: 'setting-invalid', message }] };
  }
  // Whether it is https is checked with every other address of the manifest (validate.ts).
  values.TAB_ENDPOINT = parsed.value.endpoint;
  values.TAB_DOMAIN = parsed.value.host;
  return { values, problems: [] };
}

/** True when the settings turn on the message extension (BOT_ID has a value). */
export function hasMessageExtension(env: EnvValues): boolean {
  return (env.BOT_ID ?? '').trim() !== '';
}

export type BuiltManifest = { manifest: JsonObject; localization: JsonObject; problems: Problem[] };

/**
 * Fills the templates from the settings: the manifest, with the message extension only when BOT_ID is set,
 * and en.json with only the strings that exist in that manifest. Lists every setting that is missing.
 */
export function buildManifest(env: EnvValues, templates: Templates = readTemplates()): BuiltManifest {
  const { values, problems } = deriveSettings(env);
  const template: JsonObject = hasMessageExtension(env)
    ? { ...templates.manifest, ...templates.composeExtension }
    : templates.manifest;
  const missing = new Set<string>();
  const manifest = fillPlaceholders(template, values, missing) as JsonObject;
  const localization = Object.fromEntries(
    Object.entries(fillPlaceholders(templates.localization, values, missing) as JsonObject).filter(
      ([key]) => key === '$schema' || typeof resolveLocalizationKey(manifest, key) === 'string',
    ),
  );
  const reported = new Set<string>();
  for (const name of missing) {
    const setting = DERIVED_FROM[name] ?? name;
    if (reported.has(setting) || (DERIVED_FROM[name] && problems.length)) continue;
    reported.add(setting);
    const what = SETTINGS[setting] ? ` (${SETTINGS[setting]})` : '';
    problems.push({
      code: 'setting-missing',
      message: `${setting} is niet ingevuld${what}. Zet ${setting}=… in het env-bestand of in de omgeving.`,
    });
  }
  return { manifest, localization, problems };
}

/** The manifest value a localization key such as `composeExtensions[0].commands[1].title` points at. */
export function resolveLocalizationKey(manifest: JsonObject, key: string): Json | undefined {
  let current: Json | undefined = manifest;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else if (isJsonObject(current)) current = current[part];
    else return undefined;
  }
  return current;
}

function walkStrings(value: Json, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((item) => walkStrings(item, visit));
  else if (isJsonObject(value)) Object.values(value).forEach((item) => walkStrings(item, visit));
}
