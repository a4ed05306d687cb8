import { app, chat } from '@microsoft/teams-js';
import { chatDeepLink, type ChatDraft } from './deepLink';

/** How the chat was opened: the host's chat API, or its deep link. */
export type ChatOpenedBy = 'chat' | 'group-chat' | 'deep-link';

/**
 * Opens a chat with a draft message inside the Teams host: `openChat` for one person, `openGroupChat`
 * for several, the deep link through `openLink` when the host has no chat capability.
 */
export async function openTeamsChat(draft: ChatDraft): Promise<ChatOpenedBy> {
  const [first, ...others] = draft.users;
  if (!first) throw new Error('No one to chat with');
  if (chat.isSupported()) {
    if (others.length === 0) {
      await chat.openChat({ user: first, message: draft.message });
      return 'chat';
    }
    await chat.openGroupChat({ users: [...draft.users], topic: draft.topic, message: draft.message });
    return 'group-chat';
  }
  await app.openLink(chatDeepLink(draft));
  return 'deep-link';
}
