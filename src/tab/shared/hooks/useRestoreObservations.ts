import { useLayoutEffect } from 'react';
import { isQuestionId, isSignalId, type QuestionId, type SignalId } from '../../../content';
import type { Observations } from './useObservations';

/**
 * Reads the boxes ticked in the prerendered page before React took over (hydration resets them),
 * from the inputs' names, which are the signal and question ids.
 */
export function snapshotTicks(root: ParentNode): Observations {
  const names = Array.from(
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'),
    (i) => i.name,
  );
  return {
    signals: new Set(names.filter(isSignalId) as SignalId[]),
    questions: new Set(names.filter(isQuestionId) as QuestionId[]),
  };
}

/** Puts those ticks back right after hydration, before the browser paints. */
export function useRestoreObservations(
  initial: Observations | undefined,
  restore: (observations: Observations) => void,
): void {
  useLayoutEffect(() => {
    if (initial && (initial.signals.size || initial.questions.size)) restore(initial);
  }, [initial, restore]);
}
