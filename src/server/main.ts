import { join } from 'node:path';
import { loadServerSettings, SettingsError } from './settings';
import { startServer } from './start';

// dist/server/main.js -> dist/
const distDir = join(__dirname, '..');

async function main(): Promise<void> {
  const settings = loadServerSettings();
  const { url } = await startServer(settings, { distDir });
  const defaults = settings.defaults;
  console.log(`Signaalkaart draait op ${url}/tab`);
  console.log(
    defaults.gemeente || defaults.aandachtsfunctionarissen.length
      ? `Standaard: ${defaults.gemeente?.name ?? 'geen gemeente'}, ${defaults.aandachtsfunctionarissen.length} aandachtsfunctionaris(sen)`
      : 'Standaard: geen gemeente en geen aandachtsfunctionaris ingesteld (zet DEFAULT_GEMEENTE en DEFAULT_AF).',
  );
  console.log('Teams-app-pakket maken: npm run package (komt in appPackage/build/)');
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SettingsError ? error.message : `Starten mislukt: ${(error as Error).message}`,
  );
  process.exit(1);
});
