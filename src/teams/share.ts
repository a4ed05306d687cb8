import { ErrorCode, sharing } from '@microsoft/teams-js';

/** How a share attempt ended: the host's share dialog ran, the user closed it, or the host cannot share here. */
export type ShareOutcome = 'shared' | 'cancelled' | 'unavailable';

function isUserAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'errorCode' in error &&
    (error as { errorCode: unknown }).errorCode === ErrorCode.USER_ABORT
  );
}

/** True when the host has a "share to Teams" dialog (Teams does; Outlook and the Microsoft 365 app do not). */
export function canShare(): boolean {
  try {
    return sharing.isSupported();
  } catch {
    return false;
  }
}

/**
 * Opens the host's "share to Teams" dialog for a link with a preview (the message extension unfurls it).
 * Resolves `unavailable` where the host has no sharing or refuses it here (dialogs, Stageview on the web),
 * so the caller can copy the link instead. Never rejects.
 */
export async function shareLink(url: string, message: string): Promise<ShareOutcome> {
  try {
    if (!canShare()) return 'unavailable';
    await sharing.shareWebContent({ content: [{ type: 'URL', url, message, preview: true }] });
    return 'shared';
  } catch (error) {
    return isUserAbort(error) ? 'cancelled' : 'unavailable';
  }
}
