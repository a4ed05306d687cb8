import { QUESTION_IDS, SIGNAL_IDS, type QuestionId, type SignalId } from './types';

export function isSignalId(value: unknown): value is SignalId {
  return typeof value === 'string' && (SIGNAL_IDS as readonly string[]).includes(value);
}

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}
