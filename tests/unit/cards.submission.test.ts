import {
  MAX_SUBMISSION_CHARS,
  QUESTION_IDS,
  SIGNAL_IDS,
  validateSubmission,
  type SignalenSubmission,
} from '../../src/content';

describe('validateSubmission', () => {
  it('accepts the agreed shape and returns the ids in card order', () => {
    const submission: SignalenSubmission = {
      signalen: ['begeleider-vaag', 'slachtoffer-bang'],
      vragen: ['vraag-schulden', 'vraag-veilig'],
      gemeente: 'hof-van-twente',
      lang: 'en',
    };
    expect(validateSubmission(submission)).toEqual({
      ok: true,
      submission: {
        signalen: ['slachtoffer-bang', 'begeleider-vaag'],
        vragen: ['vraag-veilig', 'vraag-schulden'],
        gemeente: { slug: 'hof-van-twente', name: 'Hof van Twente' },
        lang: 'en',
      },
    });
  });

  it('accepts empty lists, everything, and no municipality or language', () => {
    expect(validateSubmission({ signalen: [], vragen: [] })).toEqual({
      ok: true,
      submission: { signalen: [], vragen: [], gemeente: null, lang: undefined },
    });
    const all = validateSubmission({ signalen: [...SIGNAL_IDS], vragen: [...QUESTION_IDS], gemeente: '' });
    expect(all.ok && all.submission.signalen.length + all.submission.vragen.length).toBe(36);
  });

  const refused: [string, unknown, string][] = [
    ['null', null, 'not-an-object'],
    ['a list', [], 'not-an-object'],
    ['a string', 'slachtoffer-bang', 'not-an-object'],
    ['missing signalen', { vragen: [] }, 'signalen-not-a-list'],
    ['missing vragen', { signalen: [] }, 'vragen-not-a-list'],
    ['signalen as a string', { signalen: 'slachtoffer-bang', vragen: [] }, 'signalen-not-a-list'],
    ['vragen as an object', { signalen: [], vragen: { 0: 'vraag-veilig' } }, 'vragen-not-a-list'],
    ['an unknown signal', { signalen: ['slachtoffer-naam-jan'], vragen: [] }, 'unknown-signal'],
    ['a question id as signal', { signalen: ['vraag-veilig'], vragen: [] }, 'unknown-signal'],
    ['a number as signal', { signalen: [1], vragen: [] }, 'unknown-signal'],
    ['an unknown question', { signalen: [], vragen: ['vraag-bsn'] }, 'unknown-question'],
    ['a duplicate signal', { signalen: ['slachtoffer-bang', 'slachtoffer-bang'], vragen: [] }, 'duplicate'],
    ['a duplicate question', { signalen: [], vragen: ['vraag-veilig', 'vraag-veilig'] }, 'duplicate'],
    ['free text', { signalen: [], vragen: [], opmerking: 'Jan de Vries, 12-03-1990' }, 'unknown-field'],
    ['a name field', { signalen: [], vragen: [], naam: 'x' }, 'unknown-field'],
    ['an unknown municipality', { signalen: [], vragen: [], gemeente: 'amsterdam' }, 'gemeente-unknown'],
    [
      'a municipality object',
      { signalen: [], vragen: [], gemeente: { slug: 'enschede' } },
      'gemeente-unknown',
    ],
    ['an unknown language', { signalen: [], vragen: [], lang: 'de' }, 'lang-unknown'],
    ['a prototype key', JSON.parse('{"signalen":[],"vragen":[],"__proto__":{"x":1}}'), 'unknown-field'],
    ['more ids than exist', { signalen: [...SIGNAL_IDS, ...SIGNAL_IDS], vragen: [] }, 'signalen-not-a-list'],
    [
      'an oversized payload',
      { signalen: [], vragen: [], gemeente: 'x'.repeat(MAX_SUBMISSION_CHARS) },
      'too-large',
    ],
  ];

  it.each(refused)('refuses %s', (_name, value, problem) => {
    expect(validateSubmission(value)).toEqual({ ok: false, problem });
  });
});
