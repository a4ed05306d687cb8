import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { TEAMS_CONTEXT_QUERY } from '../../src/content';
import {
  ASSETS_DIR,
  REPO_ROOT,
  SAMPLE_PROMPTS,
  buildManifest,
  checkCopilotReadiness,
  buildPackage,
  checkIcon,
  loadEnv,
  parseEnvName,
  readTemplates,
  validateLocalization,
  validateManifest,
  validatePackage,
  verifyZip,
  zipPackage,
  type JsonObject,
  type PackageFiles,
  type Problem,
} from '../../scripts/package/index';

// @microsoft/app-manifest require()s strip-bom, which is ESM-only: Node 20.19 loads that, Jest's CommonJS
// runtime does not. The validator never calls it (it only strips a BOM when reading manifest files from disk),
// so give Jest a CommonJS equivalent; the schema validation itself runs for real.
jest.mock('strip-bom', () => ({
  __esModule: true,
  default: (text: string) => text.replace(/^\uFEFF/, ''),
}));

const ENV = {
  TEAMS_APP_ID: '0b7c2f4e-5a1d-4e8b-9c3f-6d2a1e0f9b87',
  APP_VERSION: '1.2.3',
  TAB_ENDPOINT: 'https://signaalkaart.enschede.example/',
  PUBLISHER_NAME: 'Gemeente Enschede',
};
const BOT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const templates = readTemplates();

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const codes = (problems: readonly Problem[]) => problems.map((problem) => problem.code);

function built(env: Record<string, string> = ENV) {
  const result = buildManifest(env, templates);
  expect(result.problems).toEqual([]);
  return result;
}

// Each official-schema validation compiles the schema (about half a second): build each package once.
const packages = new Map<string, Promise<PackageFiles>>();
async function packageFor(env: Record<string, string>): Promise<PackageFiles> {
  const key = JSON.stringify(env);
  if (!packages.has(key)) {
    packages.set(
      key,
      buildPackage(env).then(({ files, problems }) => {
        expect(problems).toEqual([]);
        return files;
      }),
    );
  }
  return { ...(await packages.get(key)!) };
}

function withJson(files: PackageFiles, name: string, change: (json: JsonObject) => void): PackageFiles {
  const json = JSON.parse(files[name]!.toString('utf8')) as JsonObject;
  change(json);
  return { ...files, [name]: Buffer.from(JSON.stringify(json)) };
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) image.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return PNG.sync.write(image);
}

describe('buildManifest', () => {
  it('builds a tab-only manifest when BOT_ID is empty', () => {
    const { manifest, localization } = built({ ...ENV, BOT_ID: '' });

    expect(manifest).toMatchObject({
      manifestVersion: '1.30',
      id: ENV.TEAMS_APP_ID,
      version: '1.2.3',
      name: { short: 'Signaalkaart', full: 'Signaalkaart mensenhandel' },
      developer: {
        name: 'Gemeente Enschede',
        privacyUrl: 'https://signaalkaart.enschede.example/privacy',
        termsOfUseUrl: 'https://signaalkaart.enschede.example/terms',
      },
      localizationInfo: {
        defaultLanguageTag: 'nl-nl',
        additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
      },
      staticTabs: [
        {
          entityId: 'signaalkaart',
          contentUrl: `https://signaalkaart.enschede.example/tab?${TEAMS_CONTEXT_QUERY}`,
          websiteUrl: `https://signaalkaart.enschede.example/tab?${TEAMS_CONTEXT_QUERY}`,
          scopes: ['personal'],
        },
      ],
      configurableTabs: [
        {
          configurationUrl: `https://signaalkaart.enschede.example/config?${TEAMS_CONTEXT_QUERY}`,
          canUpdateConfiguration: true,
          scopes: ['team', 'groupChat'],
          context: ['channelTab', 'privateChatTab'],
        },
      ],
      validDomains: ['signaalkaart.enschede.example'],
    });
    expect(manifest).not.toHaveProperty('composeExtensions');
    expect(manifest).not.toHaveProperty('bots');
    expect(manifest).not.toHaveProperty('webApplicationInfo');
    expect(Object.keys(localization).filter((key) => key.startsWith('composeExtensions'))).toEqual([]);
    expect(localization['staticTabs[0].name']).toBe('Signal card');
  });

  it('adds the message extension, and its English strings, when BOT_ID is set', () => {
    const { manifest, localization } = built({ ...ENV, BOT_ID });

    expect(manifest.composeExtensions).toEqual([
      {
        botId: BOT_ID,
        commands: [
          expect.objectContaining({
            id: 'zoeken',
            type: 'query',
            title: 'Signaalkaart zoeken',
            initialRun: true,
            // The search term first (the search box in Teams), then what makes a Copilot question precise.
            parameters: [
              expect.objectContaining({ name: 'zoekterm', inputType: 'text' }),
              expect.objectContaining({ name: 'onderdeel', inputType: 'text' }),
              expect.objectContaining({ name: 'taal', inputType: 'text' }),
            ],
            samplePrompts: expect.arrayContaining([{ text: expect.any(String) }]),
            semanticDescription: expect.stringContaining('Signaalkaart mensenhandel'),
          }),
          expect.objectContaining({
            id: 'signalenDelen',
            type: 'action',
            title: 'Signalen delen',
            fetchTask: true,
            // The summary card goes into a message being written; the command box has none.
            context: ['compose'],
          }),
        ],
        messageHandlers: [{ type: 'link', value: { domains: ['signaalkaart.enschede.example'] } }],
        // Hosts without HTML dialogs (the action command's checklist) do not offer the extension.
        requirementSet: { hostMustSupportFunctionalities: [{ name: 'dialogUrl' }] },
      },
    ]);
    expect(manifest).not.toHaveProperty('bots');
    expect(localization['composeExtensions[0].commands[0].title']).toBe('Search signal card');
    expect(localization['composeExtensions[0].commands[1].title']).toBe('Share signals');
    expect(localization['composeExtensions[0].commands[0].samplePrompts[0].text']).toMatch(/\?$/);
    expect(manifest.description).toMatchObject({ full: expect.stringContaining('Microsoft 365 Copilot') });
    expect(localization['description.full']).toContain('Microsoft 365 Copilot');
  });

  it('points the developer website at the help page, not at the tab', () => {
    const { manifest } = built(ENV);
    expect(manifest.developer).toMatchObject({ websiteUrl: 'https://signaalkaart.enschede.example/help' });
  });

  it('keeps a path in TAB_ENDPOINT and lists only the host in validDomains', () => {
    const { manifest } = built({ ...ENV, TAB_ENDPOINT: 'https://intranet.example.nl:8443/signaalkaart/' });
    expect(manifest.validDomains).toEqual(['intranet.example.nl:8443']);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: `https://intranet.example.nl:8443/signaalkaart/config?${TEAMS_CONTEXT_QUERY}`,
      }),
    ]);
  });

  it('names every missing setting once', () => {
    const { problems } = buildManifest({ APP_VERSION: '1.0.0', TEAMS_APP_ID: '' }, templates);
    const messages = problems.map((problem) => problem.message);
    expect(codes(problems)).toEqual(['setting-missing', 'setting-missing', 'setting-missing']);
    expect(messages).toEqual([
      expect.stringContaining('TEAMS_APP_ID'),
      expect.stringContaining('PUBLISHER_NAME'),
      expect.stringContaining('TAB_ENDPOINT'),
    ]);
  });

  it('refuses a TAB_ENDPOINT that is not an address', () => {
    const { problems } = buildManifest({ ...ENV, TAB_ENDPOINT: 'signaalkaart' }, templates);
    expect(problems).toEqual([expect.objectContaining({ code: 'setting-invalid' })]);
    expect(problems[0]?.message).toContain('TAB_ENDPOINT');
  });

  it('fills a value that looks like JSON as plain text', () => {
    const { manifest } = built({ ...ENV, PUBLISHER_NAME: 'Gemeente "Test", }' });
    expect(manifest.developer).toMatchObject({ name: 'Gemeente "Test", }' });
  });
});

describe('validatePackage with the official schema', () => {
  it.each([
    ['without BOT_ID', {}],
    ['with BOT_ID', { BOT_ID }],
  ])('passes for the generated package %s', async (_label, extra) => {
    const files = await packageFor({ ...ENV, ...extra });
    expect(await validatePackage(files)).toEqual([]);
  });

  it('passes with the committed example settings', async () => {
    const env = loadEnv('dev', { envDir: path.join(REPO_ROOT, 'env'), processEnv: {} });
    await packageFor(env.values);
  });

  it('reports a missing required field', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      delete (m.developer as JsonObject).privacyUrl;
    });
    const problems = await validatePackage(files);
    expect(problems).toEqual([expect.objectContaining({ code: 'schema', path: '/developer' })]);
    expect(problems[0]?.message).toContain('privacyUrl');
  });

  it('reports an app id that is not a GUID, naming TEAMS_APP_ID', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      m.id = 'signaalkaart-enschede';
    });
    const problems = await validatePackage(files);
    expect(problems).toEqual([expect.objectContaining({ code: 'guid', path: '/id' })]);
    expect(problems[0]?.message).toContain('TEAMS_APP_ID');
  });

  it('reports a bot id that is not a GUID, naming BOT_ID', async () => {
    const files = withJson(await packageFor({ ...ENV, BOT_ID }), 'manifest.json', (m) => {
      ((m.composeExtensions as JsonObject[])[0] as JsonObject).botId = 'mijn-bot';
    });
    const problems = await validatePackage(files);
    expect(problems).toEqual([expect.objectContaining({ code: 'guid', path: '/composeExtensions/0/botId' })]);
    expect(problems[0]?.message).toContain('BOT_ID');
  });

  it('reports a version that is not MAJOR.MINOR.PATCH', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      m.version = '1.0';
    });
    expect(codes(await validatePackage(files))).toEqual(['version']);
  });

  it('reports an http URL', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      (m.developer as JsonObject).privacyUrl = 'http://signaalkaart.enschede.example/privacy';
    });
    const problems = await validatePackage(files);
    expect(codes(problems)).toEqual(['https']);
    expect(problems[0]?.message).toContain('/developer/privacyUrl');
  });

  it('reports a URL outside validDomains', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      ((m.staticTabs as JsonObject[])[0] as JsonObject).contentUrl = 'https://elders.example.com/tab';
    });
    expect(await validatePackage(files)).toEqual([
      expect.objectContaining({ code: 'valid-domain', path: '/staticTabs/0/contentUrl' }),
    ]);
  });

  it('reports a link-unfurling domain outside validDomains', async () => {
    const files = withJson(await packageFor({ ...ENV, BOT_ID }), 'manifest.json', (m) => {
      m.validDomains = ['signaalkaart.enschede.example', 'andere.example'];
      const extension = (m.composeExtensions as JsonObject[])[0] as JsonObject;
      extension.messageHandlers = [{ type: 'link', value: { domains: ['elders.example.com'] } }];
    });
    expect(codes(await validatePackage(files))).toEqual(['valid-domain']);
  });

  it('reports a short name over 30 characters from the schema, in Dutch', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      (m.name as JsonObject).short = 'Signaalkaart mensenhandel Twente';
    });
    const problems = await validatePackage(files);
    expect(problems).toEqual([expect.objectContaining({ code: 'schema', path: '/name/short' })]);
    expect(problems[0]?.message).toContain('hoogstens 30 tekens');
  });

  it('reports a placeholder that was not filled, by name', async () => {
    const files = withJson(await packageFor(ENV), 'manifest.json', (m) => {
      (m.developer as JsonObject).name = '${{PUBLISHER_NAME}}';
    });
    const problems = await validatePackage(files);
    expect(problems).toEqual([expect.objectContaining({ code: 'placeholder' })]);
    expect(problems[0]?.message).toContain('PUBLISHER_NAME');
  });

  it('reports missing and extra files', async () => {
    const files = await packageFor(ENV);
    delete files['outline.png'];
    const problems = await validatePackage({ ...files, 'README.txt': Buffer.from('x') });
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('outline.png ontbreekt'),
      expect.stringContaining('README.txt hoort niet'),
      expect.stringContaining('verwijst naar outline.png'),
    ]);
  });

  it('reports a manifest that is not JSON', async () => {
    const files = await packageFor(ENV);
    const problems = await validatePackage({ ...files, 'manifest.json': Buffer.from('{"id": ') });
    expect(codes(problems)).toEqual(['json']);
  });

  it('validateManifest passes the template manifest built with BOT_ID through the official schema', async () => {
    const { manifest } = built({ ...ENV, BOT_ID });
    const broken = clone(manifest);
    broken.accentColor = 'petrol';
    expect(await validateManifest(manifest)).toEqual([]);
    expect(await validateManifest(broken)).toEqual([
      expect.objectContaining({ code: 'schema', path: '/accentColor' }),
    ]);
  });
});

describe('validateLocalization', () => {
  const { manifest, localization } = buildManifest({ ...ENV, BOT_ID }, templates);

  it('accepts the English strings', () => {
    expect(validateLocalization(localization, manifest)).toEqual([]);
  });

  it('uses the localization schema: too long, unknown key', () => {
    const broken = { ...localization, 'name.short': 'Signal card on human trafficking', colour: 'blue' };
    const problems = validateLocalization(broken, manifest);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'schema', file: 'en.json', path: '/name.short' }),
        expect.objectContaining({
          code: 'schema',
          file: 'en.json',
          message: expect.stringContaining('colour'),
        }),
      ]),
    );
  });

  it('reports a missing translation and a key the manifest does not have', () => {
    const rest = { ...localization };
    delete rest['staticTabs[0].name'];
    const problems = validateLocalization({ ...rest, 'staticTabs[1].name': 'Extra' }, manifest);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"staticTabs[1].name", maar dat veld staat niet in manifest.json'),
      expect.stringContaining('mist de Engelse tekst voor "staticTabs[0].name"'),
    ]);
  });

  it('reports strings of the message extension when the manifest has none', () => {
    const tabOnly = buildManifest(ENV, templates).manifest;
    const extensionKeys = Object.keys(localization).filter((key) => key.startsWith('composeExtensions'));
    expect(extensionKeys).toHaveLength(6 + 4 + 5);
    expect(codes(validateLocalization(localization, tabOnly))).toEqual(
      Array(extensionKeys.length).fill('localization') as string[],
    );
  });

  it('asks for the English sample prompts, within the schema length, without a web address', () => {
    const rest = { ...localization };
    delete rest['composeExtensions[0].commands[0].samplePrompts[4].text'];
    rest['composeExtensions[0].commands[0].samplePrompts[0].text'] = 'x'.repeat(129);
    rest['composeExtensions[0].commands[0].samplePrompts[1].text'] = 'See https://example.com';
    const problems = validateLocalization(rest, manifest);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining(
        '(voorbeeldvraag 1 van opdracht 1, voor Copilot): te lang, hoogstens 128 tekens',
      ),
      expect.stringContaining(
        'mist de Engelse tekst voor "composeExtensions[0].commands[0].samplePrompts[4].text"',
      ),
      expect.stringContaining('samplePrompts[1].text" bevat een webadres of emoji'),
    ]);
  });
});

describe('what Microsoft 365 Copilot needs from the search command', () => {
  const { manifest } = buildManifest({ ...ENV, BOT_ID }, templates);
  const withSearch = (change: (command: JsonObject) => void): JsonObject => {
    const copy = clone(manifest);
    const extension = (copy.composeExtensions as JsonObject[])[0]!;
    change((extension.commands as JsonObject[])[0]!);
    return copy;
  };

  it('the template has it all: 3 to 5 prompts, semantic descriptions, at most 5 parameters', async () => {
    expect(checkCopilotReadiness(manifest.composeExtensions as JsonObject[])).toEqual([]);
    const search = (manifest.composeExtensions as JsonObject[])[0]!.commands as JsonObject[];
    const prompts = search[0]!.samplePrompts as JsonObject[];
    expect(prompts.length).toBeGreaterThanOrEqual(SAMPLE_PROMPTS.min);
    expect(prompts.length).toBeLessThanOrEqual(SAMPLE_PROMPTS.max);
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('reports too few and too many sample prompts, in words', async () => {
    const two = withSearch((command) => {
      command.samplePrompts = [{ text: 'Paspoort' }, { text: 'Tolk' }];
    });
    expect(await validateManifest(two)).toEqual([
      expect.objectContaining({
        code: 'copilot',
        message:
          'De zoekopdracht "zoeken" heeft 2 voorbeeldvragen (samplePrompts); Microsoft 365 Copilot vraagt er 3 tot 5.',
      }),
    ]);
    const six = withSearch((command) => {
      command.samplePrompts = Array.from({ length: 6 }, (_, i) => ({ text: `Vraag ${i}` }));
    });
    // One message per field: the rule explains what the schema's "at most 5 items" would say too.
    expect((await validateManifest(six)).map((problem) => problem.message)).toEqual([
      'De zoekopdracht "zoeken" heeft 6 voorbeeldvragen (samplePrompts); Microsoft 365 Copilot vraagt er 3 tot 5.',
    ]);
  });

  it('reports texts over the schema limits, naming the field', async () => {
    const long = withSearch((command) => {
      command.semanticDescription = 'x'.repeat(5001);
      (command.samplePrompts as JsonObject[])[0]!.text = 'x'.repeat(129);
      (command.parameters as JsonObject[])[1]!.semanticDescription = 'x'.repeat(2001);
      command.description = 'x'.repeat(129);
    });
    const messages = (await validateManifest(long)).map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '(de beschrijving voor Copilot van opdracht 1): te lang, hoogstens 5000 tekens',
        ),
        expect.stringContaining(
          '(voorbeeldvraag 1 van opdracht 1, voor Copilot): te lang, hoogstens 128 tekens',
        ),
        expect.stringContaining(
          '(de beschrijving voor Copilot van parameter 2 van opdracht 1): te lang, hoogstens 2000 tekens',
        ),
        expect.stringContaining('(de beschrijving van opdracht 1): te lang, hoogstens 128 tekens'),
      ]),
    );
  });

  it('reports more than 5 parameters', async () => {
    const many = withSearch((command) => {
      command.parameters = Array.from({ length: 6 }, (_, i) => ({
        name: `p${i}`,
        title: `P${i}`,
        semanticDescription: 'Een parameter.',
      }));
    });
    expect((await validateManifest(many)).map((problem) => problem.message)).toEqual([
      expect.stringContaining('(de parameters van opdracht 1): te veel items, hoogstens 5'),
    ]);
  });

  it('reports a missing semantic description, and a web address or emoji in what Copilot reads', async () => {
    const broken = withSearch((command) => {
      delete command.semanticDescription;
      delete (command.parameters as JsonObject[])[2]!.semanticDescription;
      (command.samplePrompts as JsonObject[])[2]!.text = 'Kijk op www.mensenhandeltwente.nl';
      command.description = 'Zoek in de kaart 🔎';
    });
    expect((await validateManifest(broken)).map((problem) => problem.message)).toEqual([
      expect.stringContaining('mist een semanticDescription voor de opdracht'),
      expect.stringContaining('mist een semanticDescription voor parameter 3 (taal)'),
      expect.stringContaining('/composeExtensions/0/commands/0/description bevat een webadres of emoji'),
      expect.stringContaining(
        '/composeExtensions/0/commands/0/samplePrompts/2/text bevat een webadres of emoji',
      ),
    ]);
  });
});

describe('checkIcon', () => {
  it('accepts the committed icons', () => {
    expect(checkIcon('color', readFileSync(path.join(ASSETS_DIR, 'color.png')))).toEqual([]);
    expect(checkIcon('outline', readFileSync(path.join(ASSETS_DIR, 'outline.png')))).toEqual([]);
  });

  it('reports a 200×200 colour icon', async () => {
    const files = await packageFor(ENV);
    const problems = await validatePackage({ ...files, 'color.png': png(200, () => [21, 94, 117, 255]) });
    expect(problems).toEqual([expect.objectContaining({ code: 'icon-size', file: 'color.png' })]);
    expect(problems[0]?.message).toContain('200×200');
  });

  it('reports an outline icon without a transparent background', () => {
    const opaque = png(32, (x, y) =>
      x > 8 && x < 24 && y > 8 && y < 24 ? [255, 255, 255, 255] : [21, 94, 117, 255],
    );
    expect(codes(checkIcon('outline', opaque))).toEqual(['icon-transparency', 'icon-colour']);
    const solidWhite = png(32, () => [255, 255, 255, 255]);
    expect(codes(checkIcon('outline', solidWhite))).toEqual(['icon-transparency']);
  });

  it('reports coloured pixels in the outline icon', () => {
    const red = png(32, (x, y) => (x === y ? [255, 0, 0, 255] : [0, 0, 0, 0]));
    expect(codes(checkIcon('outline', red))).toEqual(['icon-colour']);
  });

  it('reports bytes that are not a PNG, whatever the file is called', () => {
    expect(codes(checkIcon('color', Buffer.from('<svg/>')))).toEqual(['icon-format']);
  });
});

describe('zip', () => {
  it('holds exactly the four files at the root, and passes again after zipping', async () => {
    const files = await packageFor({ ...ENV, BOT_ID });
    const zip = zipPackage(files);
    const entries = new AdmZip(zip).getEntries().map((entry) => entry.entryName);
    expect(entries.sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);

    const verified = await verifyZip(zip);
    expect(verified.problems).toEqual([]);
    expect(verified.files['manifest.json']?.equals(files['manifest.json']!)).toBe(true);
  });

  it('reports files in a folder', async () => {
    const files = await packageFor(ENV);
    const zip = new AdmZip();
    for (const [name, bytes] of Object.entries(files)) zip.addFile(`appPackage/${name}`, bytes);
    const { problems } = await verifyZip(zip.toBuffer());
    expect(problems.filter((problem) => problem.message.includes('hoofdmap'))).toHaveLength(4);
    expect(problems.filter((problem) => problem.message.includes('ontbreekt'))).toHaveLength(4);
  });
});

describe('settings', () => {
  it('reads env/.env.<name>, then .user, then the process environment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'signaalkaart-env-'));
    writeFileSync(path.join(dir, '.env.test'), 'APP_VERSION=1.0.0\nPUBLISHER_NAME=Uit bestand\nBOT_ID=\n');
    writeFileSync(path.join(dir, '.env.test.user'), 'PUBLISHER_NAME=Uit user\nBOT_ID=user-bot\n');
    const env = loadEnv('test', { envDir: dir, processEnv: { BOT_ID: '' } });
    expect(env.values).toEqual({ APP_VERSION: '1.0.0', PUBLISHER_NAME: 'Uit user', BOT_ID: '' });
    expect(env.files).toHaveLength(2);
    expect(() => loadEnv('prod', { envDir: dir, processEnv: {} })).toThrow(/\.env\.prod bestaat niet/);
  });

  it('takes --env from the command line and refuses path-like names', () => {
    expect(parseEnvName([])).toBe('dev');
    expect(parseEnvName(['--env', 'prod'])).toBe('prod');
    expect(parseEnvName(['--env=test'])).toBe('test');
    expect(() => parseEnvName(['--env', '../secrets'])).toThrow(/Ongeldige omgevingsnaam/);
  });
});

describe('npm run package (the CLI)', () => {
  const run = promisify(execFile);
  const cli = (env: Record<string, string>) =>
    run(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'package.ts'), '--env', 'dev'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
      },
    );

  it('fails with exit code 1 and a list an admin can act on', async () => {
    const failure = await cli({ TEAMS_APP_ID: 'abc', TAB_ENDPOINT: 'http://signaalkaart.example.nl' }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('1. De app-id "abc" is geen GUID. Zet TEAMS_APP_ID');
    expect(failure?.stderr).toContain('Zet TAB_ENDPOINT op een https-adres');
    expect(failure?.stderr).toContain('Het app-pakket is niet gemaakt');
  }, 30_000);
});
