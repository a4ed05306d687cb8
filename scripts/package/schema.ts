import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import type { JsonObject, Problem } from './types';

/** The manifest schema version this package is built for: the newest that @microsoft/app-manifest bundles. */
export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

type Schema = Record<string, unknown>;

/** A schema file as bundled in @microsoft/app-manifest, read offline. */
function bundledSchema(file: string): Schema {
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  const raw = readFileSync(
    path.join(packageDir, 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, file),
    'utf8',
  );
  // The same clean-up the package applies: the schemas contain \a and \v escapes that JSON does not know.
  return JSON.parse(raw.replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Schema;
}

let manifestSchema: Schema | undefined;
let localizationValidator: ValidateFunction | undefined;

/** Validates a manifest against the official, bundled JSON schema with @microsoft/app-manifest. */
export async function validateManifestSchema(manifest: JsonObject): Promise<Problem[]> {
  manifestSchema ??= bundledSchema('MicrosoftTeams.schema.json');
  const errors = await AppManifestUtils.validateAgainstSchema(
    manifest as unknown as AppManifest,
    manifestSchema as unknown as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
  return errors.map((error) => schemaProblem('manifest.json', parseValidatorMessage(error)));
}

/** Validates en.json against the bundled localization schema (Ajv draft-04; its patterns need non-unicode mode). */
export function validateLocalizationSchema(localization: JsonObject): Problem[] {
  localizationValidator ??= new Ajv({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    formats: { uri: true },
  }).compile(bundledSchema('MicrosoftTeams.Localization.schema.json'));
  if (localizationValidator(localization)) return [];
  return (localizationValidator.errors ?? []).map((error: ErrorObject) =>
    schemaProblem('en.json', {
      path: error.instancePath,
      message: error.message ?? '',
      params: error.params,
    }),
  );
}

type SchemaError = { path: string; message: string; params: Record<string, unknown> };

/** Splits the validator's `"<path> <message>. Details: <params>"` strings into their parts. */
export function parseValidatorMessage(text: string): SchemaError {
  const at = text.lastIndexOf('. Details: ');
  const head = at >= 0 ? text.slice(0, at) : text;
  let params: Record<string, unknown> = {};
  if (at >= 0) {
    try {
      params = JSON.parse(text.slice(at + '. Details: '.length)) as Record<string, unknown>;
    } catch {
      params = {};
    }
  }
  const space = head.indexOf(' ');
  return { path: head.slice(0, space), message: head.slice(space + 1), params };
}

/** Which setting feeds a manifest field, so the message can say what to change. */
export function settingFor(jsonPath: string): string | undefined {
  if (jsonPath === '/id') return 'TEAMS_APP_ID';
  if (jsonPath === '/version') return 'APP_VERSION';
  if (jsonPath === '/developer/name') return 'PUBLISHER_NAME';
  if (/^\/composeExtensions\/\d+\/botId$/.test(jsonPath)) return 'BOT_ID';
  if (/Url$|^\/validDomains|\/domains/.test(jsonPath)) return 'TAB_ENDPOINT';
  return undefined;
}

/**
 * The message extension's fields in words, for the paths of both files: `/composeExtensions/0/commands/0/…` in
 * manifest.json and `/composeExtensions[0].commands[0].…` in en.json.
 */
export function fieldLabel(jsonPath: string): string | undefined {
  const n = (index: string | undefined) => Number(index ?? 0) + 1;
  const command = /commands[/[](\d+)/.exec(jsonPath)?.[1];
  const parameter = /parameters[/[](\d+)/.exec(jsonPath)?.[1];
  const prompt = /samplePrompts[/[](\d+)/.exec(jsonPath)?.[1];
  if (prompt !== undefined) return `voorbeeldvraag ${n(prompt)} van opdracht ${n(command)}, voor Copilot`;
  if (/samplePrompts$/.test(jsonPath)) return `de voorbeeldvragen van opdracht ${n(command)}, voor Copilot`;
  const of =
    parameter !== undefined
      ? `parameter ${n(parameter)} van opdracht ${n(command)}`
      : `opdracht ${n(command)}`;
  if (command === undefined) return undefined;
  if (/semanticDescription$/.test(jsonPath)) return `de beschrijving voor Copilot van ${of}`;
  if (/[/.]title$/.test(jsonPath)) return `de titel van ${of}`;
  if (/[/.]description$/.test(jsonPath)) return `de beschrijving van ${of}`;
  if (/parameters$/.test(jsonPath)) return `de parameters van opdracht ${n(command)}`;
  return undefined;
}

function schemaProblem(file: string, error: SchemaError): Problem {
  const setting = settingFor(error.path);
  const hint = setting ? ` Controleer ${setting}.` : '';
  const label = fieldLabel(error.path);
  return {
    code: 'schema',
    file,
    path: error.path,
    message: `${file} ${error.path || '(hoofdniveau)'}${label ? ` (${label})` : ''}: ${describe(error)} (officieel schema ${MANIFEST_VERSION}).${hint}`,
  };
}

function describe({ message, params }: SchemaError): string {
  if (typeof params.missingProperty === 'string')
    return `het verplichte veld "${params.missingProperty}" ontbreekt`;
  if (typeof params.additionalProperty === 'string')
    return `het veld "${params.additionalProperty}" is niet toegestaan`;
  if (typeof params.limit === 'number' && /more than .* characters/.test(message))
    return `te lang, hoogstens ${params.limit} tekens`;
  if (typeof params.limit === 'number' && /fewer than .* characters/.test(message))
    return `te kort, minstens ${params.limit} tekens`;
  if (typeof params.limit === 'number' && /more than .* items/.test(message))
    return `te veel items, hoogstens ${params.limit}`;
  if (typeof params.limit === 'number' && /fewer than .* items/.test(message))
    return `te weinig items, minstens ${params.limit}`;
  if (typeof params.pattern === 'string') return 'heeft niet de vorm die het schema vraagt';
  if (typeof params.format === 'string') return `is geen geldige ${params.format}`;
  if (Array.isArray(params.allowedValues))
    return `moet een van deze waarden zijn: ${params.allowedValues.join(', ')}`;
  if ('allowedValue' in params) return `moet "${String(params.allowedValue)}" zijn`;
  if (typeof params.type === 'string') return `moet van het type ${params.type} zijn`;
  return `voldoet niet: ${message}`;
}
