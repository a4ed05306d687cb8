import {
  MAX_AANDACHTSFUNCTIONARISSEN,
  NO_SETTINGS,
  isAddress,
  parseAandachtsfunctionarissen,
  parseGemeente,
  parseLang,
  resolveTabSettings,
  tabQuery,
} from '../../src/content';

const query = (search: string) => new URLSearchParams(search);

describe('tab settings from the URL', () => {
  it('reads a municipality slug and addresses', () => {
    const { settings, problems } = resolveTabSettings(
      query('gemeente=hof-van-twente&af=a.b@enschede.nl,c@x.nl'),
    );
    expect(settings.gemeente?.name).toBe('Hof van Twente');
    expect(settings.aandachtsfunctionarissen).toEqual(['a.b@enschede.nl', 'c@x.nl']);
    expect(problems).toEqual([]);
  });

  it('falls back per field to the deployment defaults only when the field is absent', () => {
    const defaults = {
      gemeente: parseGemeente('almelo').gemeente,
      aandachtsfunctionarissen: ['af@almelo.nl'],
    };
    expect(resolveTabSettings(query(''), defaults).settings).toEqual(defaults);
    const onlyAf = resolveTabSettings(query('af=x@y.nl'), defaults).settings;
    expect(onlyAf.gemeente?.slug).toBe('almelo');
    expect(onlyAf.aandachtsfunctionarissen).toEqual(['x@y.nl']);
    // A broken value never quietly becomes the default.
    const broken = resolveTabSettings(query('gemeente=amsterdam&af=nope'), defaults);
    expect(broken.settings).toEqual(NO_SETTINGS);
    expect(broken.problems).toEqual([
      { field: 'gemeente', reason: 'unknown' },
      { field: 'af', reason: 'invalid', count: 1 },
    ]);
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['javascript:alert(1)'],
    ['"><img src=x onerror=alert(1)>'],
    ['o\'brien@x.nl" onclick="x'],
    ['a@b'],
    ['a b@c.nl'],
    ['@x.nl'],
    ['a@-x.nl'],
    ['a@x..nl'],
    ['mailto:a@x.nl'],
    ['a@x.nl?cc=b@y.nl'],
    [`${'a'.repeat(250)}@x.nl`],
  ])('refuses %j as an address', (value) => {
    expect(isAddress(value)).toBe(false);
    const { settings, problems } = resolveTabSettings(query(`af=${encodeURIComponent(value)}`));
    expect(settings.aandachtsfunctionarissen).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('keeps valid addresses and counts the invalid ones', () => {
    const parsed = parseAandachtsfunctionarissen('a@x.nl, <b>, c@x.nl;A@X.NL, d@');
    expect(parsed.addresses).toEqual(['a@x.nl', 'c@x.nl']);
    expect(parsed.problems).toEqual([{ field: 'af', reason: 'invalid', count: 2 }]);
  });

  it(`refuses more than ${MAX_AANDACHTSFUNCTIONARISSEN} addresses, and over-long lists, as a whole`, () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `af${i}@x.nl`).join(',');
    expect(parseAandachtsfunctionarissen(fifty)).toEqual({
      addresses: [],
      problems: [{ field: 'af', reason: 'too-many' }],
    });
    expect(parseAandachtsfunctionarissen('a@x.nl,'.repeat(2000))).toEqual({
      addresses: [],
      problems: [{ field: 'af', reason: 'too-long' }],
    });
    // Repeated af parameters count together.
    const repeated = resolveTabSettings(
      query(Array.from({ length: 6 }, (_, i) => `af=a${i}@x.nl`).join('&')),
    );
    expect(repeated.problems).toEqual([{ field: 'af', reason: 'too-many' }]);
  });

  it('refuses unknown, hostile and over-long municipality values', () => {
    expect(parseGemeente('Enschede').gemeente?.slug).toBe('enschede');
    expect(parseGemeente('<b>enschede</b>')).toEqual({
      gemeente: null,
      problem: { field: 'gemeente', reason: 'unknown' },
    });
    expect(parseGemeente('x'.repeat(10_000))).toEqual({
      gemeente: null,
      problem: { field: 'gemeente', reason: 'too-long' },
    });
    expect(parseGemeente('')).toEqual({ gemeente: null });
  });

  it('knows only nl and en', () => {
    expect(parseLang('EN').lang).toBe('en');
    expect(parseLang('nl').lang).toBe('nl');
    expect(parseLang('de')).toEqual({ lang: null, problem: { field: 'lang', reason: 'unknown' } });
    expect(parseLang(null)).toEqual({ lang: null });
  });

  it('writes the query a channel tab stores, encoded, and reads it back', () => {
    // An unencoded '+' is a space in a query: that address is refused, never shortened to "b@x.nl".
    const unencoded = resolveTabSettings(query('gemeente=rijssen-holten&af=a+b@x.nl,c@x.nl'));
    expect(unencoded.settings.aandachtsfunctionarissen).toEqual(['c@x.nl']);
    expect(unencoded.problems).toEqual([{ field: 'af', reason: 'invalid', count: 1 }]);
    const stored = tabQuery({
      gemeente: parseGemeente('rijssen-holten').gemeente,
      aandachtsfunctionarissen: ["o'brien+af@x.nl", 'c@x.nl'],
    });
    expect(stored).toBe('gemeente=rijssen-holten&af=o%27brien%2Baf%40x.nl%2Cc%40x.nl');
    expect(resolveTabSettings(query(stored)).settings.aandachtsfunctionarissen).toEqual([
      "o'brien+af@x.nl",
      'c@x.nl',
    ]);
  });
});
