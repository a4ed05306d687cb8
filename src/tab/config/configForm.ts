import {
  findMunicipality,
  isAddress,
  MAX_AANDACHTSFUNCTIONARISSEN,
  MAX_ADDRESS_LENGTH,
  resolveTabSettings,
  type SettingsProblem,
  type TabSettings,
} from '../../content';

/** Why one address field cannot be saved; the UI turns each into a B1 sentence. */
export type AddressError = 'too-long' | 'link' | 'one-per-field' | 'invalid' | 'duplicate';

/** Why the address fields as a whole cannot be saved. */
export type AddressesError = 'required' | 'stored';

/** One address field; `id` keeps React's key and focus stable when a field above is removed. */
export type AddressField = { id: number; value: string; touched: boolean };

/** What the admin has filled in so far. */
export type ConfigForm = {
  /** A municipality slug, or '' when none is chosen. */
  gemeente: string;
  gemeenteTouched: boolean;
  fields: AddressField[];
  nextId: number;
  /** What was wrong with the stored configuration, until the admin changes that field. */
  stored: { gemeente?: SettingsProblem; af?: SettingsProblem };
  /** True once the admin changed anything: a late answer from Teams must not overwrite their input. */
  edited: boolean;
};

export type ConfigFormAction =
  | { type: 'gemeente'; slug: string }
  | { type: 'touch-gemeente' }
  | { type: 'address'; id: number; value: string }
  | { type: 'touch-address'; id: number }
  | { type: 'add-address' }
  | { type: 'remove-address'; id: number }
  | { type: 'set-addresses'; values: readonly string[] }
  | { type: 'touch-all' }
  | { type: 'load'; query: URLSearchParams };

/** The form's verdict: the settings to save when valid, else what to say next to which field. */
export type ConfigCheck = {
  /** Non-null exactly when the form can be saved. */
  settings: TabSettings | null;
  gemeenteError?: 'required' | 'stored';
  addressErrors: Record<number, AddressError | undefined>;
  addressesError?: AddressesError;
};

export const EMPTY_FORM: ConfigForm = {
  gemeente: '',
  gemeenteTouched: false,
  fields: [{ id: 0, value: '', touched: false }],
  nextId: 1,
  stored: {},
  edited: false,
};

// A scheme such as `javascript:`, `mailto:` or `https:` at the start: someone pasted a link.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A list pasted into one field: commas or semicolons, or several words with an @ in them. */
function looksLikeList(value: string): boolean {
  return /[,;]/.test(value) || value.split(/\s+/).filter((word) => word.includes('@')).length > 1;
}

/** What is wrong with one address, ignoring the other fields; undefined when it is fine or empty. */
export function addressError(raw: string): Exclude<AddressError, 'duplicate'> | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (SCHEME.test(value)) return 'link';
  if (looksLikeList(value)) return 'one-per-field';
  if (value.length > MAX_ADDRESS_LENGTH) return 'too-long';
  return isAddress(value) ? undefined : 'invalid';
}

/** Checks the whole form; only touched fields get messages, but validity never depends on touching. */
export function checkConfigForm(form: ConfigForm): ConfigCheck {
  const gemeente = form.gemeente ? (findMunicipality(form.gemeente) ?? null) : null;
  const addressErrors: Record<number, AddressError | undefined> = {};
  const seen = new Set<string>();
  const addresses: string[] = [];
  let broken = false;
  for (const field of form.fields) {
    const value = field.value.trim();
    let error: AddressError | undefined = addressError(value);
    if (!error && value) {
      if (seen.has(value.toLowerCase())) error = 'duplicate';
      else {
        seen.add(value.toLowerCase());
        addresses.push(value);
      }
    }
    if (error) broken = true;
    addressErrors[field.id] = field.touched ? error : undefined;
  }

  let gemeenteError: ConfigCheck['gemeenteError'];
  if (form.stored.gemeente) gemeenteError = 'stored';
  else if (!gemeente && form.gemeenteTouched) gemeenteError = 'required';

  let addressesError: AddressesError | undefined;
  if (form.stored.af) addressesError = 'stored';
  else if (addresses.length === 0 && !broken && form.fields.some((field) => field.touched))
    addressesError = 'required';

  const valid = gemeente !== null && addresses.length > 0 && !broken;
  return {
    settings: valid ? { gemeente, aandachtsfunctionarissen: addresses } : null,
    gemeenteError,
    addressErrors,
    addressesError,
  };
}

function fieldsFrom(values: readonly string[], firstId: number, touched: boolean): AddressField[] {
  const list = values.length ? values : [''];
  return list.map((value, index) => ({ id: firstId + index, value, touched: touched && value !== '' }));
}

/** The form for a stored tab configuration: its query, read as the tab reads it. */
export function formFromQuery(query: URLSearchParams, nextId = 0): ConfigForm {
  const { settings, problems } = resolveTabSettings(query);
  const stored: ConfigForm['stored'] = {};
  for (const problem of problems) {
    if (problem.field === 'gemeente') stored.gemeente = problem;
    if (problem.field === 'af') stored.af = problem;
  }
  const fields = fieldsFrom(settings.aandachtsfunctionarissen, nextId, true);
  return {
    gemeente: settings.gemeente?.slug ?? '',
    gemeenteTouched: settings.gemeente !== null || stored.gemeente !== undefined,
    fields,
    nextId: nextId + fields.length,
    stored,
    edited: false,
  };
}

/** The query of a stored contentUrl, or null when it is not a URL at all. */
export function queryOfContentUrl(contentUrl: string, base: string): URLSearchParams | null {
  try {
    return new URL(contentUrl, base).searchParams;
  } catch {
    return null;
  }
}

export function configFormReducer(form: ConfigForm, action: ConfigFormAction): ConfigForm {
  switch (action.type) {
    case 'gemeente': {
      return {
        ...form,
        gemeente: action.slug,
        gemeenteTouched: true,
        stored: { af: form.stored.af },
        edited: true,
      };
    }
    case 'touch-gemeente':
      return { ...form, gemeenteTouched: true };
    case 'address': {
      // A field that shows a message keeps re-checking as the admin types; a fresh one waits for blur.
      const fields = form.fields.map((field) =>
        field.id === action.id ? { ...field, value: action.value } : field,
      );
      return { ...form, fields, stored: { gemeente: form.stored.gemeente }, edited: true };
    }
    case 'touch-address':
      return {
        ...form,
        fields: form.fields.map((field) => (field.id === action.id ? { ...field, touched: true } : field)),
      };
    case 'add-address':
      if (form.fields.length >= MAX_AANDACHTSFUNCTIONARISSEN) return form;
      return {
        ...form,
        fields: [...form.fields, { id: form.nextId, value: '', touched: false }],
        nextId: form.nextId + 1,
        edited: true,
      };
    case 'remove-address': {
      const fields = form.fields.filter((field) => field.id !== action.id);
      if (fields.length === form.fields.length) return form;
      return fields.length
        ? { ...form, fields, edited: true }
        : { ...form, fields: fieldsFrom([], form.nextId, false), nextId: form.nextId + 1, edited: true };
    }
    case 'set-addresses': {
      const fields = fieldsFrom(action.values.slice(0, MAX_AANDACHTSFUNCTIONARISSEN), form.nextId, true);
      return {
        ...form,
        fields,
        nextId: form.nextId + fields.length,
        stored: { gemeente: form.stored.gemeente },
        edited: true,
      };
    }
    case 'touch-all':
      return {
        ...form,
        gemeenteTouched: true,
        fields: form.fields.map((field) => ({ ...field, touched: true })),
      };
    case 'load':
      return form.edited ? form : formFromQuery(action.query, form.nextId);
  }
}

/** What adding people from the Teams people picker did to the address list. */
export type PickResult = {
  values: string[];
  added: number;
  /** Picked people without a usable e-mail address in their profile. */
  withoutAddress: number;
  /** Picked people that did not fit under the maximum. */
  overLimit: number;
};

/** Adds picked addresses after the filled fields, skipping duplicates, up to the maximum. */
export function mergePicked(current: readonly string[], picked: readonly (string | undefined)[]): PickResult {
  const values = current.map((value) => value.trim()).filter(Boolean);
  const known = new Set(values.map((value) => value.toLowerCase()));
  let added = 0;
  let withoutAddress = 0;
  let overLimit = 0;
  for (const raw of picked) {
    const address = raw?.trim() ?? '';
    if (!isAddress(address)) withoutAddress += 1;
    else if (known.has(address.toLowerCase())) continue;
    else if (values.length >= MAX_AANDACHTSFUNCTIONARISSEN) overLimit += 1;
    else {
      values.push(address);
      known.add(address.toLowerCase());
      added += 1;
    }
  }
  return { values, added, withoutAddress, overLimit };
}
