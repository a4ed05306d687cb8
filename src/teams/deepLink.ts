/** What a chat with the aandachtsfunctionaris starts with; the clerk still presses send. */
export type ChatDraft = { users: readonly string[]; topic?: string; message?: string };

/**
 * The Teams deep link that opens a (group) chat with a draft message:
 * `https://teams.microsoft.com/l/chat/0/0?users=a,b&topicName=…&message=…`, each value encoded.
 */
export function chatDeepLink({ users, topic, message }: ChatDraft): string {
  const parts = [`users=${users.map(encodeURIComponent).join(',')}`];
  if (topic && users.length > 1) parts.push(`topicName=${encodeURIComponent(topic)}`);
  if (message) parts.push(`message=${encodeURIComponent(message)}`);
  return `https://teams.microsoft.com/l/chat/0/0?${parts.join('&')}`;
}
