import { useCallback, useMemo, useReducer } from 'react';
import { QUESTION_IDS, SIGNAL_IDS, type QuestionId, type SignalId } from '../../../content';

/** What the clerk ticked. Lives in page memory only: never stored, logged or sent. */
export type Observations = {
  signals: ReadonlySet<SignalId>;
  questions: ReadonlySet<QuestionId>;
};

type Action =
  | { type: 'toggle-signal'; id: SignalId; checked: boolean }
  | { type: 'toggle-question'; id: QuestionId; checked: boolean }
  | { type: 'restore'; observations: Observations }
  | { type: 'clear' };

const EMPTY: Observations = { signals: new Set(), questions: new Set() };

function withItem<T>(set: ReadonlySet<T>, item: T, present: boolean): ReadonlySet<T> {
  if (set.has(item) === present) return set;
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}

function reduce(state: Observations, action: Action): Observations {
  switch (action.type) {
    case 'toggle-signal':
      return { ...state, signals: withItem(state.signals, action.id, action.checked) };
    case 'toggle-question':
      return { ...state, questions: withItem(state.questions, action.id, action.checked) };
    case 'restore':
      return action.observations;
    case 'clear':
      return EMPTY;
  }
}

/** The ticked signals and asked questions, with the actions the page offers on them. */
export function useObservations() {
  const [observations, dispatch] = useReducer(reduce, EMPTY);
  const setSignal = useCallback(
    (id: SignalId, checked: boolean) => dispatch({ type: 'toggle-signal', id, checked }),
    [],
  );
  const setQuestion = useCallback(
    (id: QuestionId, checked: boolean) => dispatch({ type: 'toggle-question', id, checked }),
    [],
  );
  const restore = useCallback(
    (restored: Observations) => dispatch({ type: 'restore', observations: restored }),
    [],
  );
  const clear = useCallback(() => dispatch({ type: 'clear' }), []);
  // Card order, whatever order the clerk ticked in.
  const seenSignals = useMemo(
    () => SIGNAL_IDS.filter((id) => observations.signals.has(id)),
    [observations.signals],
  );
  const askedQuestions = useMemo(
    () => QUESTION_IDS.filter((id) => observations.questions.has(id)),
    [observations.questions],
  );
  return { observations, seenSignals, askedQuestions, setSignal, setQuestion, restore, clear };
}
