import { rmSync } from 'node:fs';
import { STATE_FILE } from '../helpers/suite';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as typeof globalThis & { __browserSuite?: { close: () => Promise<void> } };
  await g.__browserSuite?.close();
  rmSync(STATE_FILE, { force: true });
}
