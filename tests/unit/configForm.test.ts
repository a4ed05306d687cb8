import {
  addressError,
  checkConfigForm,
  configFormReducer,
  EMPTY_FORM,
  formFromQuery,
  mergePicked,
  queryOfContentUrl,
  type ConfigForm,
  type ConfigFormAction,
} from '../../src/tab/config/configForm';
import { findMunicipality } from '../../src/content';

function run(...actions: ConfigFormAction[]): ConfigForm {
  return actions.reduce(configFormReducer, EMPTY_FORM);
}

describe('addressError', () => {
  it.each([
    ['af@hengelo.nl', undefined],
    ["o'brien+signalen@gemeente-enschede.nl", undefined],
    ['  af@hengelo.nl  ', undefined],
    ['', undefined],
    ['af@hengelo', 'invalid'],
    ['<img src=x onerror=alert(1)>@x.nl', 'invalid'],
    ['"af"@hengelo.nl', 'invalid'],
    ['javascript:alert(1)', 'link'],
    ['mailto:af@hengelo.nl', 'link'],
    ['https://evil.example/?a@b.nl', 'link'],
    ['a@hengelo.nl, b@hengelo.nl', 'one-per-field'],
    ['a@hengelo.nl;b@hengelo.nl', 'one-per-field'],
    ['a@hengelo.nl b@hengelo.nl', 'one-per-field'],
  ])('%j -> %s', (value, expected) => {
    expect(addressError(value)).toBe(expected);
  });

  it('refuses a 10 kB string as too long', () => {
    expect(addressError(`${'a'.repeat(10_000)}@hengelo.nl`)).toBe('too-long');
  });

  it('calls 50 pasted addresses a list, not one long address', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `af${i}@hengelo.nl`).join(', ');
    expect(addressError(fifty)).toBe('one-per-field');
  });
});

describe('checkConfigForm', () => {
  it('is valid only with a municipality and at least one good address', () => {
    expect(checkConfigForm(EMPTY_FORM).settings).toBeNull();
    expect(checkConfigForm(run({ type: 'gemeente', slug: 'hengelo' })).settings).toBeNull();
    const form = run(
      { type: 'gemeente', slug: 'hengelo' },
      { type: 'address', id: 0, value: ' af@hengelo.nl ' },
    );
    expect(checkConfigForm(form).settings).toEqual({
      gemeente: findMunicipality('hengelo'),
      aandachtsfunctionarissen: ['af@hengelo.nl'],
    });
  });

  it('refuses the whole form while any filled field is wrong, and ignores empty extra fields', () => {
    let form = run(
      { type: 'gemeente', slug: 'almelo' },
      { type: 'address', id: 0, value: 'a@almelo.nl' },
      { type: 'add-address' },
    );
    expect(checkConfigForm(form).settings?.aandachtsfunctionarissen).toEqual(['a@almelo.nl']);
    form = configFormReducer(form, { type: 'address', id: 1, value: 'A@almelo.nl' });
    expect(checkConfigForm(form).settings).toBeNull();
    form = configFormReducer(form, { type: 'touch-address', id: 1 });
    expect(checkConfigForm(form).addressErrors[1]).toBe('duplicate');
  });

  it('refuses a municipality slug that is not one of the 14', () => {
    const form = run({ type: 'gemeente', slug: 'amsterdam' }, { type: 'address', id: 0, value: 'a@b.nl' });
    expect(checkConfigForm(form).settings).toBeNull();
  });

  it('shows messages only for touched fields', () => {
    let form = run({ type: 'address', id: 0, value: 'nope' });
    expect(checkConfigForm(form).addressErrors[0]).toBeUndefined();
    form = configFormReducer(form, { type: 'touch-address', id: 0 });
    expect(checkConfigForm(form).addressErrors[0]).toBe('invalid');
    form = run({ type: 'touch-all' });
    const check = checkConfigForm(form);
    expect(check.gemeenteError).toBe('required');
    expect(check.addressesError).toBe('required');
  });
});

describe('configFormReducer', () => {
  it('adds at most 5 fields and keeps at least one', () => {
    const full = run(...Array.from({ length: 7 }, () => ({ type: 'add-address' }) as const));
    expect(full.fields).toHaveLength(5);
    const one = run({ type: 'remove-address', id: 0 });
    expect(one.fields).toHaveLength(1);
    expect(one.fields[0]?.value).toBe('');
  });

  it('keeps the other fields and their ids when one is removed', () => {
    const form = run(
      { type: 'address', id: 0, value: 'a@x.nl' },
      { type: 'add-address' },
      { type: 'address', id: 1, value: 'b@x.nl' },
      { type: 'add-address' },
      { type: 'address', id: 2, value: 'c@x.nl' },
      { type: 'remove-address', id: 1 },
    );
    expect(form.fields.map((field) => [field.id, field.value])).toEqual([
      [0, 'a@x.nl'],
      [2, 'c@x.nl'],
    ]);
  });

  it('loads a stored configuration until the admin has changed something', () => {
    const query = new URLSearchParams('gemeente=borne&af=a@borne.nl,b@borne.nl');
    const loaded = configFormReducer(EMPTY_FORM, { type: 'load', query });
    expect(loaded.gemeente).toBe('borne');
    expect(loaded.fields.map((field) => field.value)).toEqual(['a@borne.nl', 'b@borne.nl']);
    expect(new Set(loaded.fields.map((field) => field.id)).size).toBe(2);
    const edited = run({ type: 'gemeente', slug: 'losser' });
    expect(configFormReducer(edited, { type: 'load', query })).toBe(edited);
  });
});

describe('formFromQuery', () => {
  it('keeps problems of a stored configuration until that field changes', () => {
    const form = formFromQuery(new URLSearchParams('gemeente=<script>&af=a@x.nl,javascript:alert(1)'));
    expect(form.gemeente).toBe('');
    expect(form.fields.map((field) => field.value)).toEqual(['a@x.nl']);
    const check = checkConfigForm(form);
    expect(check.gemeenteError).toBe('stored');
    expect(check.addressesError).toBe('stored');
    expect(form.stored.af).toEqual({ field: 'af', reason: 'invalid', count: 1 });
    const fixed = configFormReducer(form, { type: 'gemeente', slug: 'wierden' });
    expect(checkConfigForm(fixed).gemeenteError).toBeUndefined();
    expect(checkConfigForm(fixed).addressesError).toBe('stored');
  });

  it('drops a stored list of more than 5 addresses and says so', () => {
    const af = Array.from({ length: 50 }, (_, i) => `af${i}@x.nl`).join(',');
    const form = formFromQuery(new URLSearchParams({ gemeente: 'hengelo', af }));
    expect(form.fields.map((field) => field.value)).toEqual(['']);
    expect(form.stored.af).toEqual({ field: 'af', reason: 'too-many' });
    expect(checkConfigForm(form).settings).toBeNull();
  });
});

describe('queryOfContentUrl', () => {
  it('reads the query of absolute and relative URLs and refuses garbage', () => {
    expect(
      queryOfContentUrl('https://tab.example/tab?gemeente=borne', 'https://x.example')?.get('gemeente'),
    ).toBe('borne');
    expect(queryOfContentUrl('/tab?af=a%40b.nl', 'https://x.example')?.get('af')).toBe('a@b.nl');
    expect(queryOfContentUrl('http://[::1', 'https://x.example')).toBeNull();
  });
});

describe('mergePicked', () => {
  it('adds new addresses after the filled ones, skips duplicates, people without address and the excess', () => {
    const result = mergePicked(
      ['a@x.nl', '', 'b@x.nl'],
      ['B@x.nl', undefined, 'c@x.nl', 'd@x.nl', 'e@x.nl', 'f@x.nl'],
    );
    expect(result).toEqual({
      values: ['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl', 'e@x.nl'],
      added: 3,
      withoutAddress: 1,
      overLimit: 1,
    });
  });
});
