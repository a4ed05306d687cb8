import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

export type EnvValues = Record<string, string>;

/** The settings of one environment and where they came from (for the report). */
export type LoadedEnv = {
  name: string;
  values: EnvValues;
  /** Files that were read, relative to the repository, in the order they were applied. */
  files: string[];
};

const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

/** Reads `--env <name>` / `--env=<name>` from the command line; `dev` when absent. */
export function parseEnvName(argv: readonly string[]): string {
  let name = 'dev';
  argv.forEach((arg, index) => {
    if (arg === '--env') name = argv[index + 1] ?? '';
    else if (arg.startsWith('--env=')) name = arg.slice('--env='.length);
  });
  if (!ENV_NAME.test(name)) {
    throw new Error(
      `Ongeldige omgevingsnaam "${name}": gebruik letters, cijfers, - of _ (bijvoorbeeld --env dev).`,
    );
  }
  return name;
}

/**
 * The settings for environment `name`: `env/.env.<name>`, then the git-ignored `env/.env.<name>.user`,
 * then the process environment, each overriding the one before (the Microsoft 365 Agents Toolkit order).
 */
export function loadEnv(
  name: string,
  { envDir, processEnv = process.env }: { envDir: string; processEnv?: NodeJS.ProcessEnv },
): LoadedEnv {
  const base = path.join(envDir, `.env.${name}`);
  if (!existsSync(base)) {
    throw new Error(
      `Het bestand ${path.relative(process.cwd(), base)} bestaat niet. Maak het aan (kopieer env/.env.dev) of kies een andere --env.`,
    );
  }
  const values: EnvValues = {};
  const files: string[] = [];
  for (const file of [base, `${base}.user`]) {
    if (!existsSync(file)) continue;
    Object.assign(values, definedOnly(parseEnv(readFileSync(file, 'utf8'))));
    files.push(path.relative(process.cwd(), file));
  }
  Object.assign(values, definedOnly(processEnv));
  return { name, values, files };
}

function definedOnly(dict: NodeJS.Dict<string>): EnvValues {
  const result: EnvValues = {};
  for (const [key, value] of Object.entries(dict)) if (value !== undefined) result[key] = value;
  return result;
}
