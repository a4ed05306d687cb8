import { PNG } from 'pngjs';
import { placeholdersIn, resolveLocalizationKey } from './build';
import {
  LOCALIZATION_SCHEMA_URL,
  MANIFEST_SCHEMA_URL,
  MANIFEST_VERSION,
  validateLocalizationSchema,
  validateManifestSchema,
} from './schema';
import {
  PACKAGE_FILE_NAMES,
  isJsonObject,
  type Json,
  type JsonObject,
  type PackageFiles,
  type Problem,
} from './types';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DOMAIN = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

/** Checks a whole app package (the files as they go into, or come out of, the zip). Empty when all is well. */
export async function validatePackage(files: PackageFiles): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of PACKAGE_FILE_NAMES) {
    if (!files[name]) problems.push(zipProblem(`${name} ontbreekt in het pakket.`));
  }
  for (const name of Object.keys(files)) {
    if (!(PACKAGE_FILE_NAMES as readonly string[]).includes(name)) {
      problems.push(
        zipProblem(`${name} hoort niet in het pakket (alleen ${PACKAGE_FILE_NAMES.join(', ')}).`),
      );
    }
  }
  const manifest = parseJson(files['manifest.json'], 'manifest.json', problems);
  const localization = parseJson(files['en.json'], 'en.json', problems);
  if (manifest) {
    problems.push(...(await validateManifest(manifest)));
    problems.push(...checkPackageReferences(manifest, files));
    if (localization) problems.push(...validateLocalization(localization, manifest));
  }
  if (files['color.png']) problems.push(...checkIcon('color', files['color.png']));
  if (files['outline.png']) problems.push(...checkIcon('outline', files['outline.png']));
  return problems;
}

/** The manifest against the official schema plus the rules the schema does not check. */
export async function validateManifest(manifest: JsonObject): Promise<Problem[]> {
  const rules = checkManifestRules(manifest);
  const covered = new Set(rules.map((problem) => problem.path));
  // One clear message per field: drop the schema's message where a rule already explains the same field.
  const schema = (await validateManifestSchema(manifest)).filter((problem) => !covered.has(problem.path));
  return [...rules, ...schema];
}

/** Rules for a manifest that Teams enforces (or that this app promises) beyond the JSON schema. */
export function checkManifestRules(manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const add = (problem: Omit<Problem, 'file'>) => problems.push({ file: 'manifest.json', ...problem });

  for (const name of placeholdersIn(manifest)) {
    add({
      code: 'placeholder',
      message: `manifest.json bevat nog \${{${name}}}: zet ${name} in het env-bestand of in de omgeving.`,
    });
  }
  if (manifest.manifestVersion !== MANIFEST_VERSION || manifest.$schema !== MANIFEST_SCHEMA_URL) {
    add({
      code: 'manifest-version',
      path: '/manifestVersion',
      message: `manifest.json moet schema ${MANIFEST_VERSION} gebruiken ($schema ${MANIFEST_SCHEMA_URL}).`,
    });
  }
  if (typeof manifest.id !== 'string' || !GUID.test(manifest.id)) {
    add({
      code: 'guid',
      path: '/id',
      message: `De app-id "${String(manifest.id ?? '')}" is geen GUID. Zet TEAMS_APP_ID op een GUID, bijvoorbeeld een nieuwe uit \`node -e "console.log(crypto.randomUUID())"\`.`,
    });
  }
  if (typeof manifest.version !== 'string' || !VERSION.test(manifest.version)) {
    add({
      code: 'version',
      path: '/version',
      message: `Het versienummer "${String(manifest.version ?? '')}" moet de vorm MAJOR.MINOR.PATCH hebben, bijvoorbeeld 1.0.0. Controleer APP_VERSION.`,
    });
  }
  const extensions = Array.isArray(manifest.composeExtensions) ? manifest.composeExtensions : [];
  extensions.forEach((extension, index) => {
    const botId = isJsonObject(extension) ? extension.botId : undefined;
    if (typeof botId !== 'string' || !GUID.test(botId)) {
      add({
        code: 'guid',
        path: `/composeExtensions/${index}/botId`,
        message: `De bot-id "${String(botId ?? '')}" is geen GUID. Zet BOT_ID op de Microsoft app-id van de bot, of maak BOT_ID leeg voor een app zonder berichtuitbreiding.`,
      });
    }
  });

  const validDomains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((item): item is string => typeof item === 'string')
    : [];
  for (const [index, domain] of validDomains.entries()) {
    if (!DOMAIN.test(domain)) {
      add({
        code: 'domain-format',
        path: `/validDomains/${index}`,
        message: `validDomains bevat "${domain}": dat moet een domeinnaam zijn zonder https:// of pad. Controleer TAB_ENDPOINT.`,
      });
    }
  }
  const notHttps: { path: string; url: string }[] = [];
  for (const { path, url } of urlsIn(manifest)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.protocol !== 'https:') notHttps.push({ path, url });
    else if (!domainAllowed(parsed.host, validDomains)) {
      add({
        code: 'valid-domain',
        path,
        message: `${path} (${url}) valt buiten validDomains (${validDomains.join(', ') || 'leeg'}): Teams opent het dan niet in de app.`,
      });
    }
  }
  if (notHttps.length) {
    // Usually one cause (TAB_ENDPOINT): one message that lists every field.
    add({
      code: 'https',
      path: notHttps[0]?.path,
      message: `Deze adressen moeten met https:// beginnen (Teams laadt alleen https): ${notHttps
        .map(({ path, url }) => `${path} (${url})`)
        .join(', ')}. Zet TAB_ENDPOINT op een https-adres.`,
    });
  }
  problems.push(...checkCopilotReadiness(extensions));
  extensions.forEach((extension, e) => {
    const handlers =
      isJsonObject(extension) && Array.isArray(extension.messageHandlers) ? extension.messageHandlers : [];
    handlers.forEach((handler, h) => {
      const value = isJsonObject(handler) ? handler.value : undefined;
      const domains = isJsonObject(value) && Array.isArray(value.domains) ? value.domains : [];
      domains.forEach((domain, d) => {
        if (typeof domain === 'string' && !domainAllowed(domain, validDomains)) {
          add({
            code: 'valid-domain',
            path: `/composeExtensions/${e}/messageHandlers/${h}/value/domains/${d}`,
            message: `De link-uitklapper luistert naar "${domain}", maar dat domein staat niet in validDomains.`,
          });
        }
      });
    });
  });
  return problems;
}

/** Sample prompts per search command that Microsoft 365 Copilot shows; its store guidance asks for 3 to 5. */
export const SAMPLE_PROMPTS = { min: 3, max: 5 } as const;

// A URL, or a character from the emoji and pictograph blocks: Copilot's store guidance allows neither in what the
// model reads.
const URL_OR_EMOJI = /https?:\/\/|www\.|[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]/u;

/**
 * What Microsoft 365 Copilot needs from each search command, beyond the schema: 3 to 5 sample prompts, a semantic
 * description for the command and for each parameter, and no URLs or emoji in those texts.
 */
export function checkCopilotReadiness(extensions: readonly Json[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) =>
    problems.push({ code: 'copilot', file: 'manifest.json', path, message });
  extensions.forEach((extension, e) => {
    const commands = isJsonObject(extension) && Array.isArray(extension.commands) ? extension.commands : [];
    commands.forEach((command, c) => {
      if (!isJsonObject(command) || (command.type ?? 'query') !== 'query') return;
      const path = `/composeExtensions/${e}/commands/${c}`;
      const name = `De zoekopdracht "${String(command.id ?? c)}"`;
      const prompts = Array.isArray(command.samplePrompts) ? command.samplePrompts : [];
      if (prompts.length < SAMPLE_PROMPTS.min || prompts.length > SAMPLE_PROMPTS.max) {
        add(
          `${path}/samplePrompts`,
          `${name} heeft ${prompts.length} voorbeeldvragen (samplePrompts); Microsoft 365 Copilot vraagt er ${SAMPLE_PROMPTS.min} tot ${SAMPLE_PROMPTS.max}.`,
        );
      }
      const parameters = Array.isArray(command.parameters) ? command.parameters : [];
      const described: [string, Json | undefined, string][] = [
        [`${path}/semanticDescription`, command.semanticDescription, 'de opdracht'],
        ...parameters.map((parameter, p): [string, Json | undefined, string] => [
          `${path}/parameters/${p}/semanticDescription`,
          isJsonObject(parameter) ? parameter.semanticDescription : undefined,
          `parameter ${p + 1}${isJsonObject(parameter) && typeof parameter.name === 'string' ? ` (${parameter.name})` : ''}`,
        ]),
      ];
      for (const [where, text, what] of described) {
        if (typeof text !== 'string' || !text.trim()) {
          add(
            where,
            `${name} mist een semanticDescription voor ${what}: Microsoft 365 Copilot leest daaruit wat hij kan vragen.`,
          );
        }
      }
      const texts: [string, Json | undefined][] = [
        ...described.map(([where, text]): [string, Json | undefined] => [where, text]),
        [`${path}/description`, command.description],
        ...prompts.map((prompt, p): [string, Json | undefined] => [
          `${path}/samplePrompts/${p}/text`,
          isJsonObject(prompt) ? prompt.text : undefined,
        ]),
      ];
      for (const [where, text] of texts) {
        if (typeof text === 'string' && URL_OR_EMOJI.test(text)) {
          add(
            where,
            `${where} bevat een webadres of emoji; voor Microsoft 365 Copilot mag dat niet. Haal het weg.`,
          );
        }
      }
    });
  });
  return problems;
}

/** en.json against its schema, and against the manifest: every key must exist there, every string be translated. */
export function validateLocalization(localization: JsonObject, manifest: JsonObject): Problem[] {
  const problems: Problem[] = [...validateLocalizationSchema(localization)];
  const add = (code: Problem['code'], message: string) => problems.push({ code, message, file: 'en.json' });
  for (const name of placeholdersIn(localization)) {
    add('placeholder', `en.json bevat nog \${{${name}}}: zet ${name} in het env-bestand of in de omgeving.`);
  }
  if (localization.$schema !== LOCALIZATION_SCHEMA_URL) {
    add(
      'manifest-version',
      `en.json moet het lokalisatieschema ${MANIFEST_VERSION} gebruiken ($schema ${LOCALIZATION_SCHEMA_URL}).`,
    );
  }
  for (const key of Object.keys(localization)) {
    if (key !== '$schema' && typeof resolveLocalizationKey(manifest, key) !== 'string') {
      add('localization', `en.json vertaalt "${key}", maar dat veld staat niet in manifest.json.`);
    }
  }
  for (const key of localizableKeys(manifest)) {
    if (typeof localization[key] !== 'string') {
      add('localization', `en.json mist de Engelse tekst voor "${key}".`);
    }
  }
  for (const [key, value] of Object.entries(localization)) {
    if (/^composeExtensions/.test(key) && typeof value === 'string' && URL_OR_EMOJI.test(value)) {
      add(
        'copilot',
        `en.json "${key}" bevat een webadres of emoji; voor Microsoft 365 Copilot mag dat niet. Haal het weg.`,
      );
    }
  }
  const info = manifest.localizationInfo;
  const languages =
    isJsonObject(info) && Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  if (!languages.some((language) => isJsonObject(language) && language.file === 'en.json')) {
    problems.push({
      code: 'localization',
      file: 'manifest.json',
      message: 'manifest.json verwijst niet naar en.json in localizationInfo.additionalLanguages.',
    });
  }
  return problems;
}

/** The manifest strings that Teams shows and en.json must translate. */
export function localizableKeys(manifest: JsonObject): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter(
    (key) => typeof resolveLocalizationKey(manifest, key) === 'string',
  );
  const tabs = Array.isArray(manifest.staticTabs) ? manifest.staticTabs : [];
  tabs.forEach((tab, t) => {
    if (isJsonObject(tab) && typeof tab.name === 'string') keys.push(`staticTabs[${t}].name`);
  });
  const extensions = Array.isArray(manifest.composeExtensions) ? manifest.composeExtensions : [];
  extensions.forEach((extension, e) => {
    const commands = isJsonObject(extension) && Array.isArray(extension.commands) ? extension.commands : [];
    commands.forEach((command, c) => {
      if (!isJsonObject(command)) return;
      const prefix = `composeExtensions[${e}].commands[${c}]`;
      for (const field of ['title', 'description']) {
        if (typeof command[field] === 'string') keys.push(`${prefix}.${field}`);
      }
      const parameters = Array.isArray(command.parameters) ? command.parameters : [];
      parameters.forEach((parameter, p) => {
        for (const field of ['title', 'description']) {
          if (isJsonObject(parameter) && typeof parameter[field] === 'string') {
            keys.push(`${prefix}.parameters[${p}].${field}`);
          }
        }
      });
      const prompts = Array.isArray(command.samplePrompts) ? command.samplePrompts : [];
      prompts.forEach((prompt, p) => {
        if (isJsonObject(prompt) && typeof prompt.text === 'string')
          keys.push(`${prefix}.samplePrompts[${p}].text`);
      });
    });
  });
  return keys;
}

const ICON_SIZE = { color: 192, outline: 32 } as const;

/**
 * Reads an icon's PNG bytes: the exact pixel size Teams needs, and for the outline icon a transparent
 * background with only white pixels (Teams tints it; any other colour shows as a smudge).
 */
export function checkIcon(kind: 'color' | 'outline', bytes: Buffer): Problem[] {
  const file = `${kind}.png`;
  const size = ICON_SIZE[kind];
  let image: PNG;
  try {
    image = PNG.sync.read(bytes);
  } catch {
    return [
      {
        code: 'icon-format',
        file,
        message: `${file} is geen geldig PNG-bestand. Maak de iconen opnieuw met npm run icons.`,
      },
    ];
  }
  const problems: Problem[] = [];
  if (image.width !== size || image.height !== size) {
    problems.push({
      code: 'icon-size',
      file,
      message: `${file} is ${image.width}×${image.height} pixels; Teams vraagt precies ${size}×${size}.`,
    });
  }
  let transparent = 0;
  let visible = 0;
  let notWhite = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = image.data.subarray(i, i + 4);
    if (a === 0) transparent += 1;
    else {
      visible += 1;
      if (Math.min(r, g, b) < 250) notWhite += 1;
    }
  }
  const pixels = image.width * image.height;
  if (visible === 0) {
    problems.push({
      code: 'icon-format',
      file,
      message: `${file} is helemaal doorzichtig: er staat geen symbool op.`,
    });
  }
  if (kind === 'outline') {
    // A symbol on a transparent background leaves much of the square empty; a solid square does not.
    if (transparent < pixels / 10) {
      problems.push({
        code: 'icon-transparency',
        file,
        message: `outline.png heeft geen doorzichtige achtergrond (${transparent} van ${pixels} pixels doorzichtig). Teams vraagt wit op doorzichtig.`,
      });
    }
    if (notWhite > 0) {
      problems.push({
        code: 'icon-colour',
        file,
        message: `outline.png heeft ${notWhite} pixels die niet wit zijn. Teams vraagt alleen wit op doorzichtig.`,
      });
    }
  }
  return problems;
}

/** Every file the manifest names (icons, localization files) must be in the package. */
function checkPackageReferences(manifest: JsonObject, files: PackageFiles): Problem[] {
  const named: string[] = [];
  if (isJsonObject(manifest.icons)) {
    for (const value of Object.values(manifest.icons)) if (typeof value === 'string') named.push(value);
  }
  const info = manifest.localizationInfo;
  if (isJsonObject(info) && Array.isArray(info.additionalLanguages)) {
    for (const language of info.additionalLanguages) {
      if (isJsonObject(language) && typeof language.file === 'string') named.push(language.file);
    }
  }
  return named
    .filter((name) => !files[name])
    .map((name) =>
      zipProblem(`manifest.json verwijst naar ${name}, maar dat bestand zit niet in het pakket.`),
    );
}

/** Every URL field in the manifest (keys ending in "Url"), with its JSON path. */
export function urlsIn(value: Json, path = ''): { path: string; url: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => urlsIn(item, `${path}/${index}`));
  if (!isJsonObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'string' && /Url$/.test(key)
      ? [{ path: `${path}/${key}`, url: item }]
      : urlsIn(item, `${path}/${key}`),
  );
}

/** Whether a host (with port, if any) is listed in validDomains, directly or by a `*.` wildcard. */
export function domainAllowed(host: string, validDomains: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return validDomains.some((domain) => {
    const entry = domain.toLowerCase();
    if (entry.startsWith('*.')) return lower.endsWith(entry.slice(1)) && lower.length > entry.length - 1;
    return entry === lower;
  });
}

function parseJson(bytes: Buffer | undefined, file: string, problems: Problem[]): JsonObject | undefined {
  if (!bytes) return undefined;
  try {
    const value = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as Json;
    if (isJsonObject(value)) return value;
  } catch {
    // reported below
  }
  problems.push({ code: 'json', file, message: `${file} is geen geldige JSON.` });
  return undefined;
}

function zipProblem(message: string): Problem {
  return { code: 'zip-content', message };
}
