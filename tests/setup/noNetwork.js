// Unit tests never leave the machine. teams-js fetches its list of valid origins from a CDN when
// imported: that fetch fails at once here, so teams-js falls back to its built-in list. Requests to
// the loopback servers that integration tests start pass through.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : (input.url ?? String(input)), 'http://127.0.0.1/');
  if (realFetch && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return realFetch(input, init);
  return Promise.reject(new Error(`No network in unit tests: ${url.origin}`));
};
