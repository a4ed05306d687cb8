import { useCallback, useState } from 'react';
import type { CardText, SignalId, TabSettings } from '../../../content';
import { chatDeepLink } from '../../../teams/deepLink';
import type { Host } from '../../shared/hooks/useHost';
import type { UiText } from '../../i18n/tab';
import { sparMessage } from '../sparMessage';

/** What happened after the last press of the spar button: `opened-in-teams` when the host handed it to Teams. */
export type SparStatus = 'idle' | 'not-configured' | 'opened' | 'opened-in-teams' | 'failed';

type UseSparOptions = {
  host: Host;
  settings: TabSettings;
  seenSignals: readonly SignalId[];
  ui: UiText;
  card: CardText;
  /** Opens a URL outside Teams; a parameter so tests can watch it. */
  openWindow?: (url: string) => void;
};

function openInNewWindow(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** The spar button's behaviour: Teams chat, deep link, or an explanation when no one is configured. */
export function useSpar({
  host,
  settings,
  seenSignals,
  ui,
  card,
  openWindow = openInNewWindow,
}: UseSparOptions) {
  const [status, setStatus] = useState<SparStatus>('idle');
  const spar = useCallback(async () => {
    const users = settings.aandachtsfunctionarissen;
    if (users.length === 0) {
      setStatus('not-configured');
      return;
    }
    const draft = { users, topic: ui.sparTopic, message: sparMessage(ui, card, seenSignals) };
    try {
      const teams = await host.teams();
      if (!teams) {
        openWindow(chatDeepLink(draft));
        setStatus('opened');
        return;
      }
      const openedBy = await teams.openTeamsChat(draft);
      setStatus(openedBy === 'deep-link' ? 'opened-in-teams' : 'opened');
    } catch {
      setStatus('failed');
    }
  }, [host, settings, seenSignals, ui, card, openWindow]);
  return { spar, status };
}
