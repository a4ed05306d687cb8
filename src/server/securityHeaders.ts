import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Where Teams, Outlook, the Microsoft 365 app and Microsoft 365 Copilot may frame the pages: Microsoft's hosting rules
 * for tabs, plus every host that teams-js itself accepts for Microsoft 365's worldwide (commercial) cloud, so a host
 * that teams-js talks to is never refused by the CSP. Left out on purpose: government clouds (a tenant there adds
 * its hosts in EXTRA_FRAME_ANCESTORS), Microsoft's own test hosts and consumer-only clients. The unit tests check
 * this list against the one in teams-js.
 */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  // Office on Windows and on the web (the Microsoft 365 app inside Word, Excel and PowerPoint)
  'https://fa000000124.resources.office.net',
  'https://fa000000125.resources.office.net',
  'https://fa000000128.resources.office.net',
  'https://fa000000129.resources.office.net',
  'https://fa000000136.resources.office.net',
  'https://fa000000124.officeapps.live.com',
  'https://fa000000125.officeapps.live.com',
  'https://fa000000128.officeapps.live.com',
  'https://fa000000129.officeapps.live.com',
  'https://ffc-copilot.officeapps.live.com',
  'https://fa000000136.mro1cdnstorage.public.cdn.office.net',
  'https://fa000000136.mro1cdnstorage.public.onecdn.static.microsoft',
  // Microsoft 365 Copilot for work accounts, and the admin center
  'https://work.bing.com',
  'https://edgeservices.bing.com',
  'https://copilot-connectors.core.microsoft',
  'https://admin.microsoft.com',
] as const;

/** The CSP source (`'sha256-…'`) that allows an inline <script> or <style> element with exactly this text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Griffel and FluentProvider insert empty <style> elements and fill them through CSSOM. */
export const EMPTY_STYLE_HASH = cspHash('');

/** The hashes (`'sha256-…'`) of a page's inline <script> and <style> elements. */
export type InlineHashes = { scripts?: readonly string[]; styles?: readonly string[] };

/** The Content-Security-Policy of a page whose inline <script> and <style> elements have these hashes. */
export function contentSecurityPolicy(
  { scripts = [], styles = [] }: InlineHashes = {},
  extraFrameAncestors: readonly string[] = [],
) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    `style-src 'self' ${[EMPTY_STYLE_HASH, ...styles].join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors 'self' ${[...TEAMS_FRAME_ANCESTORS, ...extraFrameAncestors].join(' ')}`,
  ].join('; ');
}

/** The security headers of every response; pages add the hashes of their inline scripts and styles. */
export function securityHeaderValues(extraFrameAncestors: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({}, extraFrameAncestors),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** Sends the security headers on every response. */
export function securityHeaders(extraFrameAncestors: readonly string[] = []): RequestHandler {
  const headers = Object.entries(securityHeaderValues(extraFrameAncestors));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
