import { useCallback, useState } from 'react';
import type { CardText, SignalId, TabSettings } from '../../../content';
import { chatDeepLink } from '../../../teams/deepLink';
import type { Host } from '../../shared/hooks/useHost';
import type { UiText } from '../../i18n/tab';
import { sparMessage } from '../sparMessage';

/** What happened after the last press of the spar button. */
export type SparStatus = 'idle' | 'not-configured' | 'opened' | 'failed';

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
      if (teams) await teams.openTeamsChat(draft);
      else openWindow(chatDeepLink(draft));
      setStatus('opened');
    } catch {
      setStatus('failed');
    }
  }, [host, settings, seenSignals, ui, card, openWindow]);
  return { spar, status };
}
