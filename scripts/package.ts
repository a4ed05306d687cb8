/**
 * `npm run package [-- --env <name>]`: builds appPackage/build/signaalkaart.<name>.zip from manifest/ and
 * env/.env.<name>, and validates it before and after zipping. Exit code 1 with a list of problems otherwise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  MANIFEST_VERSION,
  REPO_ROOT,
  buildPackage,
  loadEnv,
  parseEnvName,
  verifyZip,
  zipPackage,
  type Problem,
} from './package/index';

function fail(heading: string, problems: readonly Problem[]): never {
  console.error(`\n${heading}`);
  problems.forEach((problem, index) => console.error(`  ${index + 1}. ${problem.message}`));
  console.error(
    '\nHet app-pakket is niet gemaakt. Los de punten hierboven op en start npm run package opnieuw.',
  );
  process.exit(1);
}

async function main(): Promise<void> {
  const envName = parseEnvName(process.argv.slice(2));
  const env = loadEnv(envName, { envDir: path.join(REPO_ROOT, 'env') });
  console.log(`Signaalkaart app-pakket, omgeving "${envName}"`);
  console.log(`  instellingen uit: ${[...env.files, 'procesomgeving'].join(', ')}`);

  const { files, problems, messageExtension } = await buildPackage(env.values);
  console.log(
    `  berichtuitbreiding: ${messageExtension ? 'aan (BOT_ID is ingevuld)' : 'uit (BOT_ID is leeg: alleen tabbladen)'}`,
  );
  if (problems.length) fail('Controle vóór het inpakken: niet goed.', problems);
  console.log(
    `  controle vóór het inpakken: goed (officieel schema ${MANIFEST_VERSION}, en.json, iconen, adressen, instellingen)`,
  );

  const zipPath = path.join(REPO_ROOT, 'appPackage', 'build', `signaalkaart.${envName}.zip`);
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipPackage(files));
  const written = readFileSync(zipPath);
  const verified = await verifyZip(written);
  if (verified.problems.length)
    fail(`Controle van ${path.relative(REPO_ROOT, zipPath)}: niet goed.`, verified.problems);
  console.log('  controle van de zip: goed (dezelfde controles op de bestanden in de zip)');
  console.log(`\nKlaar: ${path.relative(REPO_ROOT, zipPath)} (${written.length} bytes)`);
  for (const [name, bytes] of Object.entries(verified.files))
    console.log(`  ${name.padEnd(14)} ${bytes.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(`\nnpm run package is gestopt: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
