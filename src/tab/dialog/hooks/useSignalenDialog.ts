import { useCallback, useEffect, useRef, useState } from 'react';
import {
  validateSubmission,
  type Locale,
  type Municipality,
  type QuestionId,
  type SignalenSubmission,
  type SignalId,
} from '../../../content';
import type * as Teams from '../../../teams';
import type { Host } from '../../shared/hooks/useHost';

/** Whether this page can hand its result to the message extension: only inside a Teams dialog. */
export type DialogAvailability = 'pending' | 'available' | 'unavailable';

/** What happened after the last press of "Invoegen in chat". */
export type DialogStatus = 'idle' | 'nothing-ticked' | 'inserting' | 'failed';

/** The agreed submission: ids in card order, the municipality's slug when one is chosen, the language. */
export function signalenSubmission(
  signalen: readonly SignalId[],
  vragen: readonly QuestionId[],
  gemeente: Municipality | null,
  lang: Locale,
): SignalenSubmission {
  return {
    signalen: [...signalen],
    vragen: [...vragen],
    ...(gemeente ? { gemeente: gemeente.slug } : {}),
    lang,
  };
}

type UseSignalenDialogOptions = {
  host: Host;
  seenSignals: readonly SignalId[];
  askedQuestions: readonly QuestionId[];
  gemeente: Municipality | null;
};

/** The dialog's two buttons: insert the ticked ids into the chat, or close without a result. */
export function useSignalenDialog({ host, seenSignals, askedQuestions, gemeente }: UseSignalenDialogOptions) {
  const [availability, setAvailability] = useState<DialogAvailability>('pending');
  const [status, setStatus] = useState<DialogStatus>('idle');
  const check = useRef<Promise<typeof Teams | null> | null>(null);
  const { teams, kind } = host;

  const dialogBridge = useCallback(async () => {
    // One check per page: Teams answers it once, both buttons use it.
    check.current ??= teams().then(async (bridge) =>
      bridge && (await bridge.canSubmitDialog()) ? bridge : null,
    );
    const bridge = await check.current;
    setAvailability(bridge ? 'available' : 'unavailable');
    return bridge;
  }, [teams]);

  useEffect(() => {
    if (kind !== 'pending') void dialogBridge();
  }, [kind, dialogBridge]);

  const nothingTicked = seenSignals.length === 0 && askedQuestions.length === 0;

  const insert = useCallback(async () => {
    if (nothingTicked) {
      setStatus('nothing-ticked');
      return;
    }
    const submission = signalenSubmission(seenSignals, askedQuestions, gemeente, host.locale);
    // The same check the message extension makes: what it would refuse is never sent.
    if (!validateSubmission(submission).ok) {
      setStatus('failed');
      return;
    }
    try {
      const bridge = await dialogBridge();
      if (!bridge) return;
      setStatus('inserting');
      bridge.submitDialog(submission);
    } catch {
      setStatus('failed');
    }
  }, [nothingTicked, seenSignals, askedQuestions, gemeente, host.locale, dialogBridge]);

  const cancel = useCallback(async () => {
    const bridge = await dialogBridge();
    bridge?.closeDialog();
  }, [dialogBridge]);

  // "Nothing ticked" holds only while nothing is ticked.
  return {
    availability,
    status: status === 'nothing-ticked' && !nothingTicked ? 'idle' : status,
    insert,
    cancel,
  };
}
