import { isQuestionId, isSignalId } from './ids';
import { isLocale } from './locale';
import { findMunicipality } from './municipalities';
import { isRecord } from './record';
import {
  QUESTION_IDS,
  SIGNAL_IDS,
  type Locale,
  type Municipality,
  type QuestionId,
  type SignalId,
} from './types';

/**
 * What the "Signalen delen" dialog submits (`dialog.url.submit(submission)`) and the message extension turns into
 * the summary card. Ids only: no names, no free text.
 */
export type SignalenSubmission = {
  signalen: SignalId[];
  vragen: QuestionId[];
  /** Municipality slug, e.g. "hof-van-twente". */
  gemeente?: string;
  lang?: Locale;
};

/** A submission after validation: every id known, no duplicates, the municipality looked up. */
export type ValidSubmission = {
  signalen: SignalId[];
  vragen: QuestionId[];
  gemeente: Municipality | null;
  lang?: Locale;
};

/** Why a submission was refused; the caller shows a generic message and never echoes the value. */
export type SubmissionProblem =
  | 'not-an-object'
  | 'unknown-field'
  | 'signalen-not-a-list'
  | 'vragen-not-a-list'
  | 'unknown-signal'
  | 'unknown-question'
  | 'duplicate'
  | 'gemeente-unknown'
  | 'lang-unknown'
  | 'too-large';

const FIELDS = new Set(['signalen', 'vragen', 'gemeente', 'lang']);
// Generous for the largest honest submission (every id, the longest slug), far below the 100 KB body limit.
export const MAX_SUBMISSION_CHARS = 4096;

function ids<T extends string>(
  value: unknown,
  known: readonly T[],
  isKnown: (v: unknown) => v is T,
  problems: { list: SubmissionProblem; unknown: SubmissionProblem },
): { ok: true; ids: T[] } | { ok: false; problem: SubmissionProblem } {
  if (!Array.isArray(value) || value.length > known.length) return { ok: false, problem: problems.list };
  const seen = new Set<T>();
  for (const item of value) {
    if (!isKnown(item)) return { ok: false, problem: problems.unknown };
    if (seen.has(item)) return { ok: false, problem: 'duplicate' };
    seen.add(item);
  }
  return { ok: true, ids: known.filter((id) => seen.has(id)) };
}

/**
 * Checks a submission strictly: an object with only the agreed fields, known ids without duplicates (returned in
 * card order), a known municipality slug and language. Anything else is refused as a whole.
 */
export function validateSubmission(
  value: unknown,
): { ok: true; submission: ValidSubmission } | { ok: false; problem: SubmissionProblem } {
  if (!isRecord(value)) return { ok: false, problem: 'not-an-object' };
  let size: number;
  try {
    size = JSON.stringify(value).length;
  } catch {
    return { ok: false, problem: 'not-an-object' };
  }
  if (size > MAX_SUBMISSION_CHARS) return { ok: false, problem: 'too-large' };
  if (Object.keys(value).some((key) => !FIELDS.has(key))) return { ok: false, problem: 'unknown-field' };

  const signalen = ids(value.signalen, SIGNAL_IDS, isSignalId, {
    list: 'signalen-not-a-list',
    unknown: 'unknown-signal',
  });
  if (!signalen.ok) return signalen;
  const vragen = ids(value.vragen, QUESTION_IDS, isQuestionId, {
    list: 'vragen-not-a-list',
    unknown: 'unknown-question',
  });
  if (!vragen.ok) return vragen;

  let gemeente: Municipality | null = null;
  if (value.gemeente !== undefined && value.gemeente !== '') {
    const found = typeof value.gemeente === 'string' ? findMunicipality(value.gemeente) : undefined;
    if (!found) return { ok: false, problem: 'gemeente-unknown' };
    gemeente = found;
  }
  let lang: Locale | undefined;
  if (value.lang !== undefined) {
    if (!isLocale(value.lang)) return { ok: false, problem: 'lang-unknown' };
    lang = value.lang;
  }
  return { ok: true, submission: { signalen: signalen.ids, vragen: vragen.ids, gemeente, lang } };
}
