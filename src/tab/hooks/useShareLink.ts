import { useCallback, useState } from 'react';
import { parseLang, resolveTabSettings, tabQuery } from '../../content';
import type { Host } from '../host/useHost';

/** What the last press of "Delen in chat" did. */
export type ShareStatus = 'idle' | 'copied' | 'copied-instead' | 'copy-failed';

type PageLocation = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * The link to share: this page with only its valid settings (municipality, aandachtsfunctionarissen, language),
 * rebuilt so that nothing else in the address (a fragment, unknown parameters) travels along. Ticks never are in it.
 */
export function shareableTabUrl(location: PageLocation): string {
  const query = new URLSearchParams(location.search);
  const clean = new URLSearchParams(tabQuery(resolveTabSettings(query).settings));
  const { lang } = parseLang(query.get('lang'));
  if (lang) clean.set('lang', lang);
  const search = clean.toString();
  return `${location.origin}${location.pathname}${search ? `?${search}` : ''}`;
}

type UseShareLinkOptions = {
  host: Host;
  /** The draft message that goes with the link in Teams. */
  message: string;
};

/** Shares the tab's link through Teams where the host can, and copies it otherwise. */
export function useShareLink({ host, message }: UseShareLinkOptions) {
  const [status, setStatus] = useState<ShareStatus>('idle');
  const [link, setLink] = useState('');
  const { teams } = host;

  const share = useCallback(async () => {
    // Cleared first, so the same sentence is announced again after a second press.
    setStatus('idle');
    const url = shareableTabUrl(window.location);
    setLink(url);
    const bridge = await teams();
    if (bridge) {
      const outcome = await bridge.shareLink(url, message);
      if (outcome !== 'unavailable') return;
    }
    try {
      // Missing where the page is not a secure context; refused where the frame may not write to it.
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(url);
      setStatus(bridge ? 'copied-instead' : 'copied');
    } catch {
      setStatus('copy-failed');
    }
  }, [teams, message]);

  return { share, status, link };
}
