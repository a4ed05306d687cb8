import { pages } from '@microsoft/teams-js';
import { appWords, withTeamsContext } from '../content';

/** Stable id of the channel tab's content: Teams stores it with every pinned tab. */
export const TAB_ENTITY_ID = 'signaalkaart';

/** The name Teams suggests for a newly pinned tab (in the manifest's default language). */
export const TAB_DISPLAY_NAME = appWords('nl').appName;

/** What a configured channel tab stores in Teams (`pages.config.setConfig`). */
export type TabConfig = {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
};

/** Why a save did not happen: the form was not valid, or the host refused the configuration. */
export type SaveFailure = 'invalid' | 'failed';

/**
 * The configuration for a tab that opens this URL, on desktop and on mobile alike, with Teams' placeholders for the
 * theme and locale, so the page arrives in the clerk's theme and language.
 */
export function tabConfigFor(url: string): TabConfig {
  const stored = withTeamsContext(url);
  return {
    contentUrl: stored,
    websiteUrl: stored,
    entityId: TAB_ENTITY_ID,
    suggestedDisplayName: TAB_DISPLAY_NAME,
  };
}

/** True when the host shows this page as a tab's settings (`pages.config`). */
export function canConfigureTab(): boolean {
  try {
    return pages.config.isSupported();
  } catch {
    return false;
  }
}

/** The contentUrl the tab has now, or null when it is new or the host cannot tell. */
export async function readTabContentUrl(): Promise<string | null> {
  if (!pages.isSupported()) return null;
  const config = await pages.getConfig();
  return config.contentUrl || null;
}

/** Enables or disables the host's Save button. */
export function setTabConfigValid(valid: boolean): void {
  if (canConfigureTab()) pages.config.setValidityState(valid);
}

/**
 * Saves the tab when the admin presses Save: `current()` gives the URL to store, or null when the form
 * is not valid. `onFailure` shows the problem on the page and returns the sentence Teams shows.
 */
export function handleTabConfigSave(
  current: () => string | null,
  onFailure: (failure: SaveFailure) => string,
): void {
  if (!canConfigureTab()) return;
  pages.config.registerOnSaveHandler(async (event) => {
    const url = current();
    if (!url) {
      event.notifyFailure(onFailure('invalid'));
      return;
    }
    try {
      await pages.config.setConfig(tabConfigFor(url));
      event.notifySuccess();
    } catch {
      event.notifyFailure(onFailure('failed'));
    }
  });
}
