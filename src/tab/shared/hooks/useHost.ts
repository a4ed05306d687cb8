import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { localeOf, type HostTheme, type Locale } from '../../../content';
import type * as Teams from '../../../teams';
import type { HostSupports, TeamsHostInfo } from '../../../teams';
import { cannotBeInTeams } from '../../../teams/environment';
import { followStandaloneTheme, standaloneTheme } from '../host/standaloneTheme';

type TeamsModule = typeof Teams;
type Connection = { teams: TeamsModule; info: TeamsHostInfo } | null;

/** Where the page runs: still finding out, on its own (intranet, browser), or in a Teams host. */
export type HostKind = 'pending' | 'standalone' | 'teams';

export type Host = {
  kind: HostKind;
  theme: HostTheme;
  locale: Locale;
  /** What the Teams host can do (chat, sharing); nothing until it has answered, and nothing standalone. */
  supports: HostSupports;
  /** Resolves to the teams-js bridge once connected, or null when the page is standalone. */
  teams: () => Promise<TeamsModule | null>;
};

export type UseHostOptions = {
  /** The language the page was rendered in (standalone keeps it). */
  initialLocale: Locale;
  /** The theme the page was rendered in, which stays until the host or the system says otherwise. */
  initialTheme?: HostTheme;
  /** Tell the host the page is on screen once connected (Teams hides its spinner). */
  notifyLoaded?: boolean;
};

const NO_HOST: HostSupports = { chat: false, sharing: false };

/**
 * The one hook that knows the host: connects to Teams after first paint (never blocking it), follows
 * the host's or the system's theme, and gives the locale the UI should use.
 */
export function useHost({
  initialLocale,
  initialTheme = 'light',
  notifyLoaded = true,
}: UseHostOptions): Host {
  const [state, setState] = useState<Omit<Host, 'teams'>>({
    kind: 'pending',
    theme: initialTheme,
    locale: initialLocale,
    supports: NO_HOST,
  });
  const connection = useRef<Promise<Connection> | null>(null);

  const connect = useCallback((): Promise<Connection> => {
    if (!connection.current) {
      connection.current = cannotBeInTeams()
        ? Promise.resolve(null)
        : import(/* webpackChunkName: "teams" */ '../../../teams').then(async (teams) => {
            const info = await teams.connectToTeams();
            return info ? { teams, info } : null;
          });
    }
    return connection.current;
  }, []);

  const teams = useCallback(() => connect().then((connected) => connected?.teams ?? null), [connect]);

  useEffect(() => {
    let cancelled = false;
    let stopFollowing: () => void = () => undefined;
    // What the host says re-renders the whole page: as a transition, which React does in slices, so a click
    // meanwhile is answered at once.
    const update = (next: (current: Omit<Host, 'teams'>) => Omit<Host, 'teams'>) =>
      startTransition(() => setState(next));
    connect().then((connected) => {
      if (cancelled) return;
      if (!connected) {
        update((current) => ({ ...current, kind: 'standalone', theme: standaloneTheme() }));
        stopFollowing = followStandaloneTheme((theme) => update((current) => ({ ...current, theme })));
        return;
      }
      const { teams, info } = connected;
      update(() => ({
        kind: 'teams',
        theme: info.theme,
        locale: localeOf(info.locale),
        supports: info.supports,
      }));
      stopFollowing = teams.followTeamsTheme((theme) => update((current) => ({ ...current, theme })));
      if (notifyLoaded) teams.notifyTeamsLoaded();
    });
    return () => {
      cancelled = true;
      stopFollowing();
    };
  }, [connect, notifyLoaded]);

  // The same object until something changes, so the parts of the page that get it need not render again.
  return useMemo(() => ({ ...state, teams }), [state, teams]);
}
