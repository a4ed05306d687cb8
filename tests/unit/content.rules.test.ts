// The rules that tab, cards, server and package share, each defined once in src/content.
import {
  findMunicipality,
  isLocale,
  localeOf,
  parseTabEndpoint,
  PAGES,
  PAGE_NAMES,
  tabUrl,
  NO_SETTINGS,
} from '../../src/content';

describe('tabUrl', () => {
  it('encodes every value of the stored link', () => {
    const gemeente = findMunicipality('hof-van-twente') ?? null;
    expect(
      tabUrl('https://signaal.example', {
        gemeente,
        aandachtsfunctionarissen: ["o'brien+af@hofvantwente.nl", 'b@x.nl'],
      }),
    ).toBe(
      'https://signaal.example/tab?gemeente=hof-van-twente&af=o%27brien%2Baf%40hofvantwente.nl%2Cb%40x.nl',
    );
  });

  it('names the language only when it is English (Dutch is the default)', () => {
    expect(tabUrl('https://s.example/kaart', NO_SETTINGS, 'en')).toBe('https://s.example/kaart/tab?lang=en');
    expect(tabUrl('https://s.example', NO_SETTINGS, 'nl')).toBe('https://s.example/tab');
    expect(tabUrl('https://s.example', NO_SETTINGS)).toBe('https://s.example/tab');
  });
});

describe('parseTabEndpoint', () => {
  it('keeps origin and path, without a trailing slash, and gives the host for validDomains', () => {
    expect(parseTabEndpoint(' https://Signaal.Example:8443/kaart/ ')).toEqual({
      ok: true,
      value: {
        endpoint: 'https://signaal.example:8443/kaart',
        host: 'signaal.example:8443',
        https: true,
        local: false,
      },
    });
    expect(parseTabEndpoint('http://localhost:3978')).toEqual({
      ok: true,
      value: { endpoint: 'http://localhost:3978', host: 'localhost:3978', https: false, local: true },
    });
  });

  it.each([
    ['https://s.example/?x=1', 'extra-parts'],
    ['https://s.example/#top', 'extra-parts'],
    ['https://user:pw@s.example', 'extra-parts'],
    ['signaal.example', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['ftp://s.example', 'invalid'],
  ])('refuses %s', (raw, problem) => {
    expect(parseTabEndpoint(raw)).toEqual({ ok: false, problem });
  });
});

describe('localeOf', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['en_GB', 'en'],
    ['nl-NL', 'nl'],
    ['de-DE', 'nl'],
    ['english', 'nl'],
    ['', 'nl'],
    [undefined, 'nl'],
    [42, 'nl'],
  ])('%s -> %s', (tag, locale) => {
    expect(localeOf(tag)).toBe(locale);
  });

  it('isLocale knows only nl and en', () => {
    expect(['nl', 'en', 'NL', 'fr', null].map(isLocale)).toEqual([true, true, false, false, false]);
  });
});

describe('the page registry', () => {
  it('keeps the routes of the public contract', () => {
    expect(Object.fromEntries(PAGE_NAMES.map((name) => [name, PAGES[name].route]))).toEqual({
      tab: '/tab',
      config: '/config',
      'dialog-signalen': '/dialog/signalen',
    });
  });
});
