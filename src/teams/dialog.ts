import { app, dialog, FrameContexts } from '@microsoft/teams-js';
import type { SignalenSubmission } from '../content';

/**
 * True when this page runs as a Teams dialog whose result reaches the message extension. Teams mobile reports
 * a dialog as frame context `content` (a known host bug that teams-js itself works around), so that counts too.
 */
export async function canSubmitDialog(): Promise<boolean> {
  try {
    if (!dialog.isSupported() || !dialog.url.isSupported()) return false;
    const context = await app.getContext();
    const frame = context.page.frameContext;
    return frame === FrameContexts.task || frame === FrameContexts.content;
  } catch {
    return false;
  }
}

/** Closes the dialog and hands the ids to the message extension, which inserts the summary card. */
export function submitDialog(submission: SignalenSubmission): void {
  dialog.url.submit(submission);
}

/** Closes the dialog without a result: nothing is inserted. */
export function closeDialog(): void {
  dialog.url.submit();
}
