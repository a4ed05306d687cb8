// npm run test:atk: the real Microsoft 365 Agents Toolkit CLI (atk) accepts this project, offline.
// - `atk validate` passes on the manifests `npm run package` makes (tab only, and with the message extension),
//   and fails on a broken one (so the check is not empty);
// - `atk provision --env azure` reads m365agents.yml and env/.env.azure and gets as far as the Microsoft 365
//   sign-in (a yml it cannot read stops it before that, with InvalidYamlSchemaError).
// The CLI is installed into the cache, outside the project's dependencies (its keytar needs libsecret-1-dev).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPackageZip } from '../../scripts/package/zip';
import { Checks, ROOT, exec, sh } from './util';

const PREFIX = path.join(ROOT, '.cache', 'atk');
const ATK = path.join(PREFIX, 'node_modules', '.bin', 'atk');
const WORK = path.join(PREFIX, 'check');
const BOT_ID = '6c1b5a2e-0f3d-4e8a-9b7c-2d4e6f8a0b1c';

/** `atk validate` on a manifest file, without prompts or telemetry. */
function validate(manifestFile: string) {
  return exec(ATK, [
    'validate',
    '--manifest-file',
    manifestFile,
    '--env-file',
    path.join(ROOT, 'env', '.env.dev'),
    '-i',
    'false',
    '--telemetry',
    'false',
  ]);
}

/** `atk provision` until it asks for the sign-in (then it is stopped), or until it fails, or 90 s. */
function provisionUntilSignIn(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(ATK, ['provision', '--env', 'azure', '-i', 'false', '--telemetry', 'false'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const stop = () => child.kill('SIGTERM');
    const timer = setTimeout(stop, 90_000);
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      if (/Log in to your Microsoft 365 account/.test(out)) stop();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

async function main(): Promise<number> {
  const checks = new Checks();
  if (!existsSync(ATK)) {
    console.log('Installing @microsoft/m365agentstoolkit-cli into .cache/atk (once, a few minutes) …');
    sh(
      'npm',
      [
        'install',
        '--prefix',
        PREFIX,
        '--no-audit',
        '--no-fund',
        '--no-save',
        '@microsoft/m365agentstoolkit-cli',
      ],
      {
        stdio: 'inherit',
      },
    );
  }
  console.log(`atk ${sh(ATK, ['--version']).stdout.trim()}`);
  rmSync(WORK, { recursive: true, force: true });

  const cases: [string, Record<string, string>][] = [
    ['tab only', {}],
    ['with the message extension', { BOT_ID }],
  ];
  for (const [name, env] of cases) {
    sh('npm', ['run', 'package', '--', '--env', 'dev'], {
      cwd: ROOT,
      env: { ...process.env, BOT_ID: '', ...env },
    });
    const { files } = readPackageZip(
      readFileSync(path.join(ROOT, 'appPackage', 'build', 'signaalkaart.dev.zip')),
    );
    const dir = path.join(WORK, name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    for (const [file, bytes] of Object.entries(files)) writeFileSync(path.join(dir, file), bytes);
    const result = await validate(path.join(dir, 'manifest.json'));
    checks.check(
      `atk validate passes on the manifest of npm run package, ${name}`,
      result.code === 0 && /All passed/.test(result.stdout),
      result.code ? (result.stdout + result.stderr).trim().slice(-500) : '',
    );
  }

  const broken = JSON.parse(readFileSync(path.join(WORK, 'tab-only', 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete broken.id;
  writeFileSync(path.join(WORK, 'tab-only', 'broken.json'), JSON.stringify(broken));
  const refused = await validate(path.join(WORK, 'tab-only', 'broken.json'));
  checks.check('atk validate fails on a manifest without its id', refused.code !== 0);

  const provision = await provisionUntilSignIn();
  checks.check(
    'atk provision --env azure reads m365agents.yml and env/.env.azure, up to the Microsoft 365 sign-in',
    /Log in to your Microsoft 365 account/.test(provision) && !/Error/.test(provision),
    /Error/.test(provision) ? provision.trim().slice(-800) : '',
  );

  console.log(`\n${checks.passed} passed, ${checks.failed.length} failed`);
  return checks.failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm run test:atk stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
