// teams-js asks a Microsoft CDN for its list of valid host origins as soon as it is imported. The page
// talks to no host but its own (README, Privacy; CSP connect-src 'self'), so the browser would block
// that request and report a CSP violation on every load. Refusing it here, before the request is made,
// sends nothing anywhere and makes teams-js use the list it ships with, as it does after a failed fetch.
// This module must be imported before anything that imports @microsoft/teams-js.

/** Where teams-js 2.x fetches its list of valid origins. */
export const TEAMS_JS_ORIGIN_LIST = 'https://res.cdn.office.net/teams-js/validDomains/';

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/** Wraps fetch so that only the origin-list request is refused at once; every other call passes unchanged. */
export function refuseOriginListFetch(target: { fetch: typeof fetch } = globalThis): void {
  const realFetch = target.fetch?.bind(target);
  if (!realFetch) return;
  target.fetch = (input, init) =>
    requestUrl(input).startsWith(TEAMS_JS_ORIGIN_LIST)
      ? Promise.reject(new TypeError('The page loads nothing from other hosts'))
      : realFetch(input, init);
}

refuseOriginListFetch();
