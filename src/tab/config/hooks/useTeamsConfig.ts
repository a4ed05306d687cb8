import { useEffect, useEffectEvent, useState } from 'react';
import type * as Teams from '../../../teams';
import type { SaveFailure } from '../../../teams/config';
import type { Host } from '../../shared/hooks/useHost';
import type { ConfigUiText } from '../../i18n/config';

type TeamsModule = typeof Teams;

type UseTeamsConfigOptions = {
  host: Host;
  /** The tab link to save, or null while the form is not valid. */
  link: string | null;
  ui: ConfigUiText;
  /** The tab's stored contentUrl, when Teams has one (re-opened settings). */
  onStoredContentUrl: (contentUrl: string) => void;
  /** The admin pressed Save while the form was not valid (the host should not allow it, but may). */
  onInvalidSave: () => void;
};

/**
 * The Teams side of the configuration page: reads the stored configuration, keeps the host's Save
 * button in step with the form's validity and stores the tab link when the admin saves.
 */
export function useTeamsConfig({ host, link, ui, onStoredContentUrl, onInvalidSave }: UseTeamsConfigOptions) {
  const [teams, setTeams] = useState<TeamsModule | null>(null);
  const [canPick, setCanPick] = useState(false);
  const [saveFailure, setSaveFailure] = useState<SaveFailure | null>(null);
  // The save handler is registered once; these read the latest values when Teams calls it.
  const currentLink = useEffectEvent(() => link);
  const onSaveFailure = useEffectEvent((failure: SaveFailure) => {
    setSaveFailure(failure);
    if (failure === 'invalid') onInvalidSave();
    return failure === 'invalid' ? ui.config.saveInvalid : ui.config.saveFailed;
  });
  const onStored = useEffectEvent((contentUrl: string) => onStoredContentUrl(contentUrl));

  const { kind, teams: connect } = host;
  useEffect(() => {
    if (kind !== 'teams') return;
    let cancelled = false;
    connect().then((connected) => {
      if (cancelled || !connected) return;
      connected.handleTabConfigSave(
        () => currentLink(),
        (failure) => onSaveFailure(failure),
      );
      setTeams(connected);
      setCanPick(connected.canPickPeople());
      connected
        .readTabContentUrl()
        .then((contentUrl) => {
          if (!cancelled && contentUrl) onStored(contentUrl);
        })
        // A host that cannot tell just means a new tab: the form starts empty.
        .catch(() => undefined);
    });
    return () => {
      cancelled = true;
    };
  }, [kind, connect]);

  const valid = link !== null;
  useEffect(() => {
    teams?.setTabConfigValid(valid);
  }, [teams, valid]);

  // "Not everything is filled in" holds only while the form is not valid.
  return { teams, canPick, saveFailure: saveFailure === 'invalid' && valid ? null : saveFailure };
}
