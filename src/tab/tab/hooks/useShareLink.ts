import { useCallback, useState } from 'react';
import type { Host } from '../../shared/hooks/useHost';
import { shareableTabUrl } from '../shareableTabUrl';

/** What the last press of "Delen in chat" did. */
export type ShareStatus = 'idle' | 'copied' | 'copied-instead' | 'copy-failed';

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
  // Where the host has no sharing, the button already says "copy": no need to say sharing failed.
  const hostShares = host.supports.sharing;

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
      setStatus(bridge && hostShares ? 'copied-instead' : 'copied');
    } catch {
      setStatus('copy-failed');
    }
  }, [teams, message, hostShares]);

  return { share, status, link };
}
