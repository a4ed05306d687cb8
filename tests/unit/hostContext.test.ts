import {
  hostThemeOf,
  pageVariant,
  parseLocaleParam,
  parseThemeParam,
  TEAMS_CONTEXT_QUERY,
  withTeamsContext,
} from '../../src/content';

describe("Teams' theme and locale in the tab URL", () => {
  it("asks for both spellings of each placeholder, braces unencoded, after the URL's own query", () => {
    expect(TEAMS_CONTEXT_QUERY).toBe('theme={app.theme}&theme={theme}&locale={app.locale}&locale={locale}');
    expect(withTeamsContext('https://x.example/tab?gemeente=borne')).toBe(
      `https://x.example/tab?gemeente=borne&${TEAMS_CONTEXT_QUERY}`,
    );
    expect(withTeamsContext('https://x.example/config')).toBe(
      `https://x.example/config?${TEAMS_CONTEXT_QUERY}`,
    );
  });

  it.each([
    [['dark'], 'dark'],
    [['contrast'], 'contrast'],
    [['default'], 'light'],
    [['light'], 'light'],
    [['Dark'], 'dark'],
    [['CONTRAST'], 'contrast'],
    [[' dark '], 'dark'],
    // A host that knows one spelling fills that one in and leaves the other as it is.
    [['{app.theme}', 'dark'], 'dark'],
    [['contrast', '{theme}'], 'contrast'],
    [['dark', 'dark'], 'dark'],
  ])('reads theme=%p as %p', (values, theme) => {
    expect(parseThemeParam(values)).toBe(theme);
  });

  it.each([
    [[]],
    [['']],
    [['{app.theme}', '{theme}']],
    [['%7Bapp.theme%7D']],
    [['glass']],
    [['dark,contrast']],
    [['<script>alert(1)</script>']],
    [['dark\u0000']],
    [['javascript:dark']],
    [['dark'.padEnd(5000, ' x')]],
  ])('reads theme=%p as not given', (values) => {
    expect(parseThemeParam(values)).toBeNull();
  });

  it.each([
    [['en-us'], 'en'],
    [['EN-GB'], 'en'],
    [['en'], 'en'],
    [['en_US'], 'en'],
    [['nl-nl'], 'nl'],
    [['nl-BE'], 'nl'],
    // Teams in another language gets the card's own language.
    [['de-de'], 'nl'],
    [['{app.locale}', 'en-us'], 'en'],
    [['nl-nl', '{locale}'], 'nl'],
  ])('reads locale=%p as %p', (values, locale) => {
    expect(parseLocaleParam(values)).toBe(locale);
  });

  it.each([
    [[]],
    [['']],
    [['{app.locale}', '{locale}']],
    [['en-us<script>']],
    [['en-"us']],
    [['english']],
    [['en-us-x-'.repeat(200)]],
    [['e']],
  ])('reads locale=%p as not given', (values) => {
    expect(parseLocaleParam(values)).toBeNull();
  });

  it("chooses the variant: Teams' theme and locale, else lang=, else light and Dutch", () => {
    const variant = (query: string) => pageVariant(new URLSearchParams(query));
    expect(variant('')).toEqual({ theme: 'light', locale: 'nl' });
    expect(variant('gemeente=enschede&af=a%40b.nl')).toEqual({ theme: 'light', locale: 'nl' });
    expect(variant('lang=en')).toEqual({ theme: 'light', locale: 'en' });
    expect(variant(TEAMS_CONTEXT_QUERY)).toEqual({ theme: 'light', locale: 'nl' });
    expect(variant('theme=dark&theme=dark&locale=en-us&locale=en-us')).toEqual({
      theme: 'dark',
      locale: 'en',
    });
    // In Teams the host's language wins over a link's lang=, as it does once the page runs.
    expect(variant('lang=en&locale=nl-nl')).toEqual({ theme: 'light', locale: 'nl' });
    expect(variant('lang=en&locale={app.locale}')).toEqual({ theme: 'light', locale: 'en' });
  });

  it('maps the Teams theme names of the context the same way', () => {
    expect(hostThemeOf('dark')).toBe('dark');
    expect(hostThemeOf('contrast')).toBe('contrast');
    expect(hostThemeOf('default')).toBe('light');
    expect(hostThemeOf('something-new')).toBe('light');
    expect(hostThemeOf(undefined)).toBe('light');
  });
});
