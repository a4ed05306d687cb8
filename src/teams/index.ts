// The tab loads this module lazily, after first paint: teams-js is not on the path to the card.
// First, before teams-js is evaluated: keep it from fetching its origin list from a CDN.
import './originListFetch';
export {
  connectToTeams,
  followTeamsTheme,
  notifyTeamsLoaded,
  type HostSupports,
  type TeamsHostInfo,
} from './host';
export { openTeamsChat, type ChatOpenedBy } from './chat';
export { handleTabConfigSave, readTabContentUrl, setTabConfigValid, type SaveFailure } from './config';
export { canPickPeople, pickPeopleEmails } from './people';
export { canSubmitDialog, submitDialog, closeDialog } from './dialog';
export { shareLink, type ShareOutcome } from './share';
