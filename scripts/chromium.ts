// How this project starts Debian's Chromium (the bench and the browser suite alike): never a downloaded
// browser, and nothing that talks to the internet on its own.

/** Chromium without anything that talks to the internet on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `CHROMIUM_PATH`, or Debian's Chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}
