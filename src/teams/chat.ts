import { app, chat } from '@microsoft/teams-js';
import { chatDeepLink, type ChatDraft } from './deepLink';

/** How the chat was opened: the host's chat API, or its deep link. */
export type ChatOpenedBy = 'chat' | 'group-chat' | 'deep-link';

/** True when the host opens chats itself (Teams); Outlook and the Microsoft 365 app mostly do not. */
export function canOpenChat(): boolean {
  try {
    return chat.isSupported();
  } catch {
    return false;
  }
}

/**
 * Opens a chat with a draft message inside the host: `openChat` for one person, `openGroupChat` for several, and
 * the Teams deep link through `openLink` where the host has no chat capability (Teams then opens it).
 */
export async function openTeamsChat(draft: ChatDraft): Promise<ChatOpenedBy> {
  const [first, ...others] = draft.users;
  if (!first) throw new Error('No one to chat with');
  if (canOpenChat()) {
    try {
      if (others.length === 0) {
        await chat.openChat({ user: first, message: draft.message });
        return 'chat';
      }
      await chat.openGroupChat({ users: [...draft.users], topic: draft.topic, message: draft.message });
      return 'group-chat';
    } catch {
      // Some clients report chat and still refuse to open one: the deep link reaches Teams all the same.
    }
  }
  await app.openLink(chatDeepLink(draft));
  return 'deep-link';
}
