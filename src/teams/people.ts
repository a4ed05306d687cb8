import { ErrorCode, people } from '@microsoft/teams-js';

/** True when the host has a people picker. */
export function canPickPeople(): boolean {
  try {
    return people.isSupported();
  } catch {
    return false;
  }
}

function isUserAbort(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { errorCode?: unknown }).errorCode === ErrorCode.USER_ABORT
  );
}

/**
 * Opens the host's people picker across the organisation (the aandachtsfunctionaris is often not a
 * member of the clerks' channel) and returns the e-mail address of each person chosen, when known.
 * Closing the picker without choosing is not an error: it gives an empty list.
 */
export async function pickPeopleEmails(title: string): Promise<(string | undefined)[]> {
  try {
    const chosen = await people.selectPeople({ title, openOrgWideSearchInChatOrChannel: true });
    return chosen.map((person) => person.email);
  } catch (error) {
    if (isUserAbort(error)) return [];
    throw error;
  }
}
