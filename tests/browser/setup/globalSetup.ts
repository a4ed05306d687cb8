import { accessSync, constants, mkdirSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startAppServer } from '../helpers/appServer';
import { CHROMIUM_FLAGS, STATE_FILE, chromiumPath, type SuiteState } from '../helpers/suite';
import { hostResolverRules, startTeamsHost } from '../teams-host/server';

/** One browser, one Teams host and one default app server for the whole run. */
export default async function globalSetup(): Promise<void> {
  try {
    await start();
  } catch (error) {
    // Nothing ran: still end with the count line CI reads, and a failure.
    process.once('exit', () => writeSync(1, '\n0 passed, 1 failed\n'));
    throw error;
  }
}

async function start(): Promise<void> {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        'The browser suite never downloads a browser and does not pass without one.',
    );
  }

  const host = await startTeamsHost();
  const app = await startAppServer();
  const browserServer = await chromium.launchServer({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, hostResolverRules(host.port), '--ignore-certificate-errors'],
  });

  const state: SuiteState = {
    wsEndpoint: browserServer.wsEndpoint(),
    appOrigin: app.origin,
    hostPort: host.port,
  };
  mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state));

  const g = globalThis as typeof globalThis & { __browserSuite?: { close: () => Promise<void> } };
  g.__browserSuite = {
    close: async () => {
      await browserServer.close();
      await app.stop();
      await host.close();
    },
  };
}
