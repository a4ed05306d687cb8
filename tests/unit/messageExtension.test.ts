import { createServer } from 'node:http';
import {
  KMT,
  LOCALES,
  QUESTION_IDS,
  SECTION_IDS,
  SIGNAL_IDS,
  appWords,
  cardLines,
  cardText,
  lineText,
  partOf,
  partTitle,
  type CardPart,
} from '../../src/content';
import {
  buildSectionCard,
  buildSignalCard,
  cardStrings,
  type AdaptiveCard,
  type FactSet,
} from '../../src/cards';
import { readTemplates } from '../../scripts/package/build';
import type { JsonObject } from '../../scripts/package/types';
import { createMessageExtension, requestListener } from '../../src/server/messageExtension';
import {
  ACTION_COMMAND,
  LANGUAGE_PARAMETER,
  PART_PARAMETER,
  SEARCH_COMMAND,
  SEARCH_PARAMETER,
} from '../../src/server/messageExtension/handlers';
import type { RunningServer } from '../../src/server/start';
import { loadServerSettings } from '../../src/server/settings';
import { cardProblems, texts } from '../fixtures/invokes/cardCheck';
import { TAB_ENDPOINT, blockInternet, fixture, post, startTestServer } from '../fixtures/invokes/testServer';
import express from 'express';
import { generateKeyPairSync } from 'node:crypto';
import { finishApp } from '../../src/server/app';
import { startTokenService } from '../fixtures/invokes/botToken';

type Attachment = {
  contentType: string;
  content: AdaptiveCard;
  preview?: {
    contentType: string;
    content: { title: string; text?: string; images?: { url: string; alt: string }[] };
  };
};
const ICON = `${TAB_ENDPOINT}/static/color.png`;
type Result = {
  composeExtension: { type: string; attachmentLayout?: string; attachments?: Attachment[]; text?: string };
};

function withValue(name: string, value: unknown, extra: Record<string, unknown> = {}) {
  return { ...fixture(name), value, ...extra };
}
function query(term: unknown, extra: Record<string, unknown> = {}) {
  return withParameters([{ name: 'zoekterm', value: term }], extra);
}
function withParameters(parameters: unknown, extra: Record<string, unknown> = {}) {
  const base = fixture('query-search.json');
  return { ...base, value: { ...(base.value as object), parameters }, ...extra };
}
/**
 * A search as Microsoft 365 Copilot sends it: every parameter of the command, those the question does not fill
 * as an empty string or null (Microsoft's Copilot guidelines for message extensions).
 */
function copilotQuery(
  {
    zoekterm = null,
    onderdeel = '',
    taal = null,
  }: { zoekterm?: unknown; onderdeel?: unknown; taal?: unknown },
  locale = 'nl-NL',
) {
  return withParameters(
    [
      { name: 'zoekterm', value: zoekterm },
      { name: 'onderdeel', value: onderdeel },
      { name: 'taal', value: taal },
    ],
    { locale },
  );
}
const titles = (list: Attachment[]) => list.map((a) => a.preview?.content.title);
function attachments(json: unknown): Attachment[] {
  const result = json as Result;
  expect(result.composeExtension.type).toBe('result');
  expect(result.composeExtension.attachmentLayout).toBe('list');
  return result.composeExtension.attachments ?? [];
}
function expectCleanCards(list: Attachment[]) {
  for (const attachment of list) {
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(attachment.content)).toEqual([]);
  }
}

const network = blockInternet();
afterAll(() => network.restore());
afterEach(() => expect(network.attempts).toEqual([]));

describe('the message extension on the real server (local testing mode, no token)', () => {
  let server: RunningServer;
  const logged: string[] = [];
  const spies: jest.SpyInstance[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      spies.push(
        jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          logged.push(args.map(String).join(' '));
        }),
      );
    }
    server = await startTestServer({ DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' });
  });
  afterAll(async () => {
    await server.close();
    for (const spy of spies) spy.mockRestore();
  });

  describe('search command "zoeken"', () => {
    it.each(['query-initial-run.json', 'query-empty.json'])(
      '%s lists the five sections as previews with the app icon',
      async (name) => {
        const { status, json } = await post(server, fixture(name));
        expect(status).toBe(200);
        const list = attachments(json);
        expect(list).toHaveLength(SECTION_IDS.length);
        expectCleanCards(list);
        const nl = cardText('nl');
        SECTION_IDS.forEach((section, i) => {
          expect(list[i]?.preview).toEqual({
            contentType: 'application/vnd.microsoft.card.thumbnail',
            content: {
              title: nl.sectionTitles[section],
              text: cardStrings('nl').sectionOfCard,
              images: [{ url: ICON, alt: appWords('nl').appName }],
            },
          });
          expect(list[i]?.content).toEqual(
            buildSectionCard(section, { locale: 'nl', tabUrl: `${TAB_ENDPOINT}/tab`, iconUrl: ICON }),
          );
        });
      },
    );

    it('a search term lists the matching lines, each with its part of the card and the hit marked', async () => {
      const { status, json } = await post(server, fixture('query-search.json'));
      expect(status).toBe(200);
      const list = attachments(json);
      expectCleanCards(list);
      const nl = cardText('nl');
      expect(titles(list)).toEqual([
        nl.signals['slachtoffer-paspoort'],
        nl.questions['vraag-paspoort-pinpas'].text,
      ]);
      expect(list[0]?.content).toEqual(
        buildSectionCard('slachtoffer', {
          locale: 'nl',
          highlight: { kind: 'signal', id: 'slachtoffer-paspoort' },
          tabUrl: `${TAB_ENDPOINT}/tab`,
          iconUrl: ICON,
        }),
      );
      expect(list[1]?.preview?.content.text).toBe(nl.sectionTitles.vragen);
      expect(texts(list[1]!.content)).toContain(cardStrings('nl').found);
    });

    it('each result card has the app icon, the part title, two facts or more, the tab link and its metadata', async () => {
      const list = attachments((await post(server, query('tolk'))).json);
      expect(list).toHaveLength(1);
      const card = list[0]!.content;
      expect(JSON.stringify(card.body[0])).toContain(`"url":"${ICON}"`);
      expect(texts(card)).toContain(cardText('nl').sectionTitles.tips);
      const facts = card.body.find((e): e is FactSet => e.type === 'FactSet')?.facts ?? [];
      expect(facts.length).toBeGreaterThanOrEqual(3);
      expect(card.actions).toContainEqual(expect.objectContaining({ url: `${TAB_ENDPOINT}/tab` }));
      expect(card.metadata).toEqual({ webUrl: `${TAB_ENDPOINT}/tab` });
      expect(list[0]!.preview?.content.images).toEqual([{ url: ICON, alt: appWords('nl').appName }]);
    });

    // What a new user tried before (issue 13): each answered "Niets gevonden".
    it.each([
      ['tolk', 'tips'],
      ['KMT', 'hoe-verder'],
      ['bellen', 'hoe-verder'],
      ['kenniscentrum', 'intro'],
      ['aandachtsfunctionaris', 'hoe-verder'],
      ['collega', 'tips'],
      ['interpreter', 'tips'],
      ['telefoon', 'hoe-verder'],
      ['phone', 'hoe-verder'],
      ['website', 'hoe-verder'],
    ])('finds %j (first result in %s)', async (term, part) => {
      const list = attachments((await post(server, query(term))).json);
      expectCleanCards(list);
      expect(list.length).toBeGreaterThan(0);
      const shown = list[0]!.content.fallbackText;
      expect(
        LOCALES.map((locale) => `${cardText(locale).title}: ${partTitle(part as CardPart, locale)}`),
      ).toContain(shown);
    });

    it('finds every line of the card, in both languages, through the real server', async () => {
      for (const locale of LOCALES) {
        for (const line of cardLines()) {
          const text = lineText(line, locale);
          const list = attachments(
            (await post(server, query(text.slice(0, 100), { locale: locale === 'en' ? 'en-US' : 'nl-NL' })))
              .json,
          );
          expect(titles(list)).toContain(text);
          const hit = list.find((a) => a.preview?.content.title === text)!;
          expect(hit.content.fallbackText).toContain(partTitle(partOf(line), locale));
        }
      }
    });

    it('searches without regard to case and accents, and in English for an English client', async () => {
      const { json } = await post(server, query('PÁSSPORT', { locale: 'en-US' }));
      const list = attachments(json);
      expectCleanCards(list);
      expect(list[0]?.preview?.content.title).toBe(cardText('en').signals['slachtoffer-paspoort']);
      expect(list[0]?.content.actions[1]?.url).toBe(`${TAB_ENDPOINT}/tab?lang=en`);
    });

    it('answers a search of more than 100 characters with a message, and finds nothing for unknown words', async () => {
      const long = await post(server, query('paspoort '.repeat(12)));
      expect(long.status).toBe(200);
      expect(long.json).toEqual({
        composeExtension: { type: 'message', text: cardStrings('nl').queryTooLong },
      });
      const none = await post(server, query('olifant'));
      expect(none.json).toEqual({ composeExtension: { type: 'message', text: cardStrings('nl').noResults } });
    });

    it('pages with queryOptions', async () => {
      const base = query('je');
      const all = attachments((await post(server, base)).json);
      expect(all.length).toBeGreaterThan(3);
      const page = {
        ...base,
        value: { ...(base.value as object), queryOptions: { skip: 1, count: 2 } },
      };
      const second = attachments((await post(server, page)).json);
      expect(second.map((a) => a.preview?.content.title)).toEqual(
        all.slice(1, 3).map((a) => a.preview?.content.title),
      );
    });

    it('refuses a query for another command', async () => {
      const wrongCommand = withValue('query-search.json', { commandId: 'iets', parameters: [] });
      expect((await post(server, wrongCommand)).status).toBe(400);
    });

    it('answers a search term that is not text with a clear message', async () => {
      for (const term of [42, true, { text: 'paspoort' }, ['paspoort']]) {
        const { status, json } = await post(server, query(term));
        expect(status).toBe(200);
        expect(json).toEqual({ composeExtension: { type: 'message', text: cardStrings('nl').invalidQuery } });
      }
    });

    it.each([
      ['no parameters', withValue('query-search.json', { commandId: 'zoeken' })],
      ['parameters: null', withParameters(null)],
      ['parameters that are not a list', withParameters('paspoort')],
      ['a list of odd things', withParameters([null, 7, 'zoekterm', { value: 'paspoort' }])],
      ['a null search term', query(null)],
      ['an empty search term', query('')],
      [
        'only unknown parameters',
        withParameters([
          { name: 'initialRun', value: 'true' },
          { name: 'x', value: 'y' },
        ]),
      ],
      ['Copilot with every parameter empty or null', copilotQuery({ zoekterm: '' })],
    ])('%s: the sections, never an error', async (_name, body) => {
      const { status, json } = await post(server, body);
      expect(status).toBe(200);
      const list = attachments(json);
      expect(titles(list)).toEqual(SECTION_IDS.map((section) => cardText('nl').sectionTitles[section]));
    });

    it('markdown or HTML in the search term is never echoed: the cards hold only card text', async () => {
      const hostile = '<script>alert(1)</script> [tolk](https://evil.example) **tolk**';
      const { status, json, text } = await post(server, query(hostile));
      expect(status).toBe(200);
      expect(attachments(json).length).toBeGreaterThan(0);
      for (const fragment of ['<script', 'evil.example', '**tolk**', 'alert'])
        expect(text).not.toContain(fragment);
    });
  });

  describe('search from Microsoft 365 Copilot', () => {
    const templates = readTemplates();
    const search = (templates.composeExtension.composeExtensions as JsonObject[])[0]!
      .commands as JsonObject[];
    const dutch = (search[0]!.samplePrompts as { text: string }[]).map((prompt) => prompt.text);
    const english = dutch.map(
      (_, i) => templates.localization[`composeExtensions[0].commands[0].samplePrompts[${i}].text`],
    ) as string[];
    // The part of the card each sample prompt is about: the first result must come from there.
    const about: CardPart[] = ['begeleider', 'vragen', 'hoe-verder', 'tips', 'tips'];

    it('the manifest names the command and parameters the handler reads', () => {
      expect(search.map((command) => command.id)).toEqual([SEARCH_COMMAND, ACTION_COMMAND]);
      expect((search[0]!.parameters as JsonObject[]).map((parameter) => parameter.name)).toEqual([
        SEARCH_PARAMETER,
        PART_PARAMETER,
        LANGUAGE_PARAMETER,
      ]);
    });

    it('has 3 to 5 sample prompts in both languages', () => {
      expect(dutch.length).toBeGreaterThanOrEqual(3);
      expect(dutch.length).toBeLessThanOrEqual(5);
      expect(english).toHaveLength(dutch.length);
      expect(english.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
      expect(about).toHaveLength(dutch.length);
    });

    it.each(dutch.map((prompt, i) => [prompt, about[i]] as const))(
      'the Dutch sample prompt %j, sent whole as the search term, returns results from %s',
      async (prompt, part) => {
        const list = attachments((await post(server, copilotQuery({ zoekterm: prompt }))).json);
        expectCleanCards(list);
        expect(list.length).toBeGreaterThan(0);
        expect(list[0]!.content.fallbackText).toBe(`${cardText('nl').title}: ${partTitle(part!, 'nl')}`);
      },
    );

    it.each(english.map((prompt, i) => [prompt, about[i]] as const))(
      'the English sample prompt %j, sent whole as the search term, returns results from %s',
      async (prompt, part) => {
        const list = attachments((await post(server, copilotQuery({ zoekterm: prompt }, 'en-US'))).json);
        expectCleanCards(list);
        expect(list.length).toBeGreaterThan(0);
        expect(list[0]!.content.fallbackText).toBe(`${cardText('en').title}: ${partTitle(part!, 'en')}`);
      },
    );

    it('a part in "onderdeel" without a search term gives that part', async () => {
      for (const onderdeel of ['tips', 'Hoe verder?', 'questions', 'begeleider']) {
        const list = attachments((await post(server, copilotQuery({ onderdeel }))).json);
        expect(list).toHaveLength(1);
        expectCleanCards(list);
      }
      const tips = attachments((await post(server, copilotQuery({ onderdeel: 'tips' }))).json);
      expect(titles(tips)).toEqual([cardText('nl').sectionTitles.tips]);
    });

    it('"onderdeel" narrows a search to that part', async () => {
      const list = attachments(
        (await post(server, copilotQuery({ zoekterm: 'paspoort', onderdeel: 'vragen' }))).json,
      );
      expect(titles(list)).toEqual([cardText('nl').questions['vraag-paspoort-pinpas'].text]);
    });

    it('"taal" answers in that language, whatever the client language and the language that matched', async () => {
      const list = attachments((await post(server, copilotQuery({ zoekterm: 'paspoort', taal: 'en' }))).json);
      expect(titles(list)).toEqual([
        cardText('en').signals['slachtoffer-paspoort'],
        cardText('en').questions['vraag-paspoort-pinpas'].text,
      ]);
      expect(list[0]!.content.actions[1]?.url).toBe(`${TAB_ENDPOINT}/tab?lang=en`);
      const sections = attachments((await post(server, copilotQuery({ taal: 'English' }))).json);
      expect(titles(sections)[0]).toBe(cardText('en').sectionTitles.slachtoffer);
    });

    it.each([
      ['an unknown part', { zoekterm: 'tolk', onderdeel: 'olifanten' }],
      ['an unknown language', { zoekterm: 'tolk', taal: 'klingon' }],
      ['a part that is not text', { zoekterm: 'tolk', onderdeel: 42 }],
      ['a language that is not text', { zoekterm: 'tolk', taal: { code: 'en' } }],
      [
        'an over-long part and language',
        { zoekterm: 'tolk', onderdeel: 'x'.repeat(5000), taal: 'y'.repeat(5000) },
      ],
      ['markup in the part', { zoekterm: 'tolk', onderdeel: '<b>tips</b>' }],
    ])('%s is ignored: the search still answers', async (_name, parameters) => {
      const { status, json } = await post(server, copilotQuery(parameters));
      expect(status).toBe(200);
      const list = attachments(json);
      expect(titles(list)).toEqual([cardText('nl').tips['tip-tolk']]);
    });

    it('a sentence without anything on the card answers "Niets gevonden", not an error', async () => {
      const { json } = await post(
        server,
        copilotQuery({ zoekterm: 'Hoe laat vertrekt de trein naar Zwolle?' }),
      );
      expect(json).toEqual({ composeExtension: { type: 'message', text: cardStrings('nl').noResults } });
    });

    it('the KMT phone number is on every result', async () => {
      const list = attachments((await post(server, copilotQuery({ zoekterm: 'veilig' }))).json);
      for (const attachment of list) expect(JSON.stringify(attachment.content)).toContain(KMT.phoneDisplay);
    });
  });

  describe('action command "signalenDelen"', () => {
    it('fetchTask opens the dialog page', async () => {
      const { status, json } = await post(server, fixture('fetchTask.json'));
      expect(status).toBe(200);
      const url = `${TAB_ENDPOINT}/dialog/signalen?lang=nl`;
      expect(json).toEqual({
        task: {
          type: 'continue',
          value: {
            title: cardStrings('nl').shareSignals,
            height: 'large',
            width: 'medium',
            url,
            fallbackUrl: url,
          },
        },
      });
    });

    it('submitAction puts the summary card in the compose box', async () => {
      const { status, json } = await post(server, fixture('submitAction.json'));
      expect(status).toBe(200);
      const list = attachments(json);
      expect(list).toHaveLength(1);
      expectCleanCards(list);
      const lines = texts(list[0]!.content);
      const nl = cardText('nl');
      expect(lines).toContain(`${cardStrings('nl').municipality}: Hengelo`);
      expect(lines).toContain(`• ${nl.signals['slachtoffer-bang']}`);
      expect(lines).toContain(`• ${nl.signals['begeleider-voert-woord']}`);
      expect(lines).toContain(`• ${nl.questions['vraag-veilig'].text}`);
      expect(lines).toContain(cardStrings('nl').noPersonalData);
      expect(lines).not.toContain(`• ${nl.signals['slachtoffer-werk']}`);
      expect(list[0]!.content.actions[1]?.url).toBe(`${TAB_ENDPOINT}/tab?gemeente=hengelo`);
    });

    it('submitAction follows the language the dialog sends', async () => {
      const base = fixture('submitAction.json');
      const value = {
        ...(base.value as object),
        data: { signalen: [...SIGNAL_IDS], vragen: [...QUESTION_IDS], lang: 'en' },
      };
      const list = attachments((await post(server, { ...base, value })).json);
      expectCleanCards(list);
      expect(texts(list[0]!.content)[0]).toBe(cardStrings('en').summaryTitle);
    });

    const invalid: [string, unknown][] = [
      ['an unknown signal', { signalen: ['slachtoffer-jan-de-vries'], vragen: [] }],
      ['a signal that is not a string', { signalen: [7], vragen: [] }],
      ['signals as a string', { signalen: 'slachtoffer-bang', vragen: [] }],
      ['a duplicate', { signalen: ['slachtoffer-bang', 'slachtoffer-bang'], vragen: [] }],
      ['free text', { signalen: [], vragen: [], toelichting: 'naam: Jan, geboren 1990' }],
      ['an unknown municipality', { signalen: [], vragen: [], gemeente: 'rotterdam' }],
      ['an oversized payload', { signalen: [], vragen: [], gemeente: 'x'.repeat(20_000) }],
      ['no data', undefined],
    ];
    it.each(invalid)('refuses %s with a message and inserts nothing', async (_name, data) => {
      const base = fixture('submitAction.json');
      const { status, json } = await post(server, { ...base, value: { ...(base.value as object), data } });
      expect(status).toBe(200);
      expect(json).toEqual({ task: { type: 'message', value: cardStrings('nl').invalidSubmission } });
      expect((json as Partial<Result>).composeExtension).toBeUndefined();
    });

    it('refuses a submit for another command or a bot message preview', async () => {
      const base = fixture('submitAction.json');
      const value = base.value as object;
      expect((await post(server, { ...base, value: { ...value, commandId: 'x' } })).status).toBe(400);
      expect(
        (await post(server, { ...base, value: { ...value, botMessagePreviewAction: 'send' } })).status,
      ).toBe(400);
      expect((await post(server, withValue('fetchTask.json', { commandId: 'zoeken' }))).status).toBe(400);
    });
  });

  describe('link unfurling', () => {
    it('a link to the tab unfurls into the whole signal card (schema 1.3)', async () => {
      const { status, json } = await post(server, fixture('queryLink.json'));
      expect(status).toBe(200);
      const list = attachments(json);
      expect(list).toHaveLength(1);
      expectCleanCards(list);
      expect(list[0]!.content).toEqual(
        buildSignalCard({ locale: 'nl', version: '1.3', tabUrl: `${TAB_ENDPOINT}/tab?gemeente=hengelo` }),
      );
      expect(list[0]!.preview?.content.title).toBe(cardText('nl').title);
    });

    it('keeps valid settings of the link, drops invalid ones, and follows its language', async () => {
      const url = `${TAB_ENDPOINT}/tab?gemeente=nergens&af=af%40gemeente.nl,%3Cscript%3E&lang=en`;
      const list = attachments((await post(server, withValue('queryLink.json', { url }))).json);
      expect(list[0]!.content.actions[1]?.url).toBe(`${TAB_ENDPOINT}/tab?af=af%40gemeente.nl&lang=en`);
      expect(texts(list[0]!.content)[0]).toBe(cardText('en').title);
    });

    it.each([
      'https://evil.example.nl/tab',
      'http://signaalkaart.example.nl/tab',
      'https://signaalkaart.example.nl.evil.example/tab',
      `${TAB_ENDPOINT}/config`,
      `${TAB_ENDPOINT}/tabs`,
      `${TAB_ENDPOINT}/`,
      'niet een url',
      `${TAB_ENDPOINT}/tab?${'x'.repeat(3000)}`,
    ])('gives no card for %.60s', async (url) => {
      const { status, json } = await post(server, withValue('queryLink.json', { url }));
      expect(status).toBe(200);
      expect(attachments(json)).toEqual([]);
    });

    it('answers the zero-install variant the same way', async () => {
      const list = attachments(
        (await post(server, { ...fixture('queryLink.json'), name: 'composeExtension/anonymousQueryLink' }))
          .json,
      );
      expect(list).toHaveLength(1);
    });
  });

  describe('bad input: a 4xx, never a crash, never a stack trace', () => {
    const noStack = (text: string) => {
      expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|Error:/);
    };

    it('malformed JSON: 400', async () => {
      const { status, text } = await post(server, '{"type": "invoke", ');
      expect(status).toBe(400);
      noStack(text);
    });
    it('no content type: 415', async () => {
      const { status, text } = await post(server, JSON.stringify(fixture('query-search.json')), {});
      expect(status).toBe(415);
      noStack(text);
    });
    it('a text/plain body: 415', async () => {
      const { status } = await post(server, 'hallo', { 'content-type': 'text/plain' });
      expect(status).toBe(415);
    });
    it('a body over 100 KB: 413', async () => {
      const big = query('paspoort', { padding: 'x'.repeat(101 * 1024) });
      const { status, text } = await post(server, big);
      expect(status).toBe(413);
      noStack(text);
    });
    it.each([
      ['an array', [fixture('query-search.json')]],
      ['a number', 42],
      ['no type', { name: 'composeExtension/query', value: {} }],
      ['an invoke without a value', { type: 'invoke', name: 'composeExtension/submitAction' }],
      ['an invoke with a string value', { type: 'invoke', name: 'composeExtension/query', value: 'x' }],
      ['a non-string serviceUrl', { ...fixture('query-search.json'), serviceUrl: 5 }],
      ['an unknown invoke name', { ...fixture('query-search.json'), name: 'composeExtension/setting' }],
      ['a file consent invoke', { type: 'invoke', name: 'fileConsent/invoke', value: {} }],
    ])('%s: 400', async (_name, body) => {
      const { status, text } = await post(server, body);
      expect(status).toBe(400);
      noStack(text);
    });
    it('JSON in another charset than UTF-8: 415; UTF-8 named or not: answered', async () => {
      const body = JSON.stringify(query('paspoort'));
      const latin = await post(server, body, { 'content-type': 'application/json; charset=iso-8859-1' });
      expect(latin.status).toBe(415);
      for (const type of ['application/json; charset=utf-8', 'Application/JSON; Charset="UTF-8"']) {
        expect((await post(server, body, { 'content-type': type })).status).toBe(200);
      }
    });
    it('a declared length over 100 KB is refused before the body is read', async () => {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024) },
        body: 'x'.repeat(200 * 1024),
      });
      expect(response.status).toBe(413);
    });
    it('a message activity is acknowledged and ignored', async () => {
      const { status } = await post(server, { type: 'message', text: 'hallo' });
      expect(status).toBe(200);
    });
    it('answers with the security headers, as JSON that is not cached', async () => {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query('paspoort')),
      });
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      const text = await response.text();
      // The answer has characters beyond ASCII (the card's Dutch), so its length in bytes is not its length.
      expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
      expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
      expect(JSON.parse(text)).toMatchObject({ composeExtension: { type: 'result' } });
    });
    it('still serves the rest of the app', async () => {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/messages`)).status).toBe(404);
    });
  });

  it('logs nothing of what people search or share', async () => {
    const secret = 'Geheimzoekwoord Jansen';
    await post(server, query(secret));
    await post(server, query(`${secret} ${'x'.repeat(200)}`));
    const base = fixture('submitAction.json');
    await post(server, {
      ...base,
      value: { ...(base.value as object), data: { signalen: [secret], vragen: [] } },
    });
    await post(server, '{"zoekterm": "Geheimzoekwoord Jansen", ');
    for (const line of logged) expect(line).not.toContain('Geheimzoekwoord');
  });
});

describe('with bot credentials', () => {
  let server: RunningServer;
  // Rejected requests are logged (fixed sentences only); kept out of the test output. Spied when this block
  // starts: a spy made while the file is collected would be undone by the block above when it restores its own.
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeAll(async () => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    server = await startTestServer({
      BOT_ID: '6c1b5a2e-0f3d-4e8a-9b7c-2d4e6f8a0b1c',
      CLIENT_SECRET: 'not-a-real-secret',
      TENANT_ID: '0d9b645f-597b-41f0-a2a3-ef103fbd91bb',
    });
  });
  afterAll(async () => {
    await server.close();
    warn.mockRestore();
    error.mockRestore();
  });

  it.each(['query-search.json', 'fetchTask.json', 'submitAction.json', 'queryLink.json'])(
    '%s without a token: 401',
    async (name) => {
      const { status, text } = await post(server, fixture(name));
      expect(status).toBe(401);
      expect(text).not.toContain('composeExtension');
    },
  );

  it('logs a rejection without what was searched', async () => {
    warn.mockClear();
    const search = fixture('query-search.json');
    await post(server, search);
    const lines = warn.mock.calls.map((call) => call.map(String).join(' '));
    expect(lines).toEqual([expect.stringContaining('missing Authorization header (responding 401)')]);
    const term = (search.value as { parameters: { value: string }[] }).parameters[0]!.value;
    expect(term).toBe('paspoort');
    expect(lines.join()).not.toContain(term);
  });

  it('a malformed token: 401', async () => {
    const { status } = await post(server, fixture('query-search.json'), {
      'content-type': 'application/json',
      authorization: 'Bearer not-a-jwt',
    });
    expect(status).toBe(401);
  });

  it.each([
    ['an invoke without a value', { type: 'invoke', name: 'composeExtension/submitAction' }],
    ['an empty object', {}],
    ['an array', []],
  ])('%s: 400 before the token check, like malformed JSON', async (_name, body) => {
    expect((await post(server, body)).status).toBe(400);
  });

  it('an unknown invoke without a token: 401, not a hint about what exists', async () => {
    const { status } = await post(server, {
      ...fixture('query-search.json'),
      name: 'composeExtension/setting',
    });
    expect(status).toBe(401);
  });
});

describe('start-up rules', () => {
  const base = loadServerSettings({ PORT: '0', TAB_ENDPOINT });

  it('refuses to start without token checks in production', async () => {
    await expect(
      createMessageExtension({ ...base, allowUnauthenticated: true, production: true }),
    ).rejects.toThrow(/DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS/);
  });

  it('the settings loader refuses the same combination', () => {
    expect(() =>
      loadServerSettings({ NODE_ENV: 'production', DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS: 'true' }),
    ).toThrow(/DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS/);
  });

  it('without bot credentials the app is tab-only: no /api/messages', async () => {
    const server = await startTestServer({});
    try {
      expect((await post(server, fixture('query-search.json'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('credentials win over the testing flag: tokens are still checked', async () => {
    const log = { error: jest.fn(), warn: jest.fn(), info: jest.fn() };
    const endpoint = await createMessageExtension(
      {
        ...base,
        allowUnauthenticated: true,
        bot: { clientId: '6c1b5a2e-0f3d-4e8a-9b7c-2d4e6f8a0b1c', clientSecret: 's' },
      },
      { log },
    );
    const server = createServer(requestListener(endpoint, express())).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(fixture('query-search.json')),
      });
      expect(response.status).toBe(401);
      expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('ignored'));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('with a Bot Framework token (signed by a local stand-in of the token service)', () => {
  const BOT_ID = '6c1b5a2e-0f3d-4e8a-9b7c-2d4e6f8a0b1c';
  let tokens: Awaited<ReturnType<typeof startTokenService>>;
  let url: string;
  let close: () => Promise<void>;
  const log = { error: jest.fn(), warn: jest.fn(), info: jest.fn() };

  beforeAll(async () => {
    tokens = await startTokenService();
    const settings = loadServerSettings({
      PORT: '0',
      TAB_ENDPOINT,
      BOT_ID,
      CLIENT_SECRET: 'not-a-real-secret',
    });
    const app = express();
    finishApp(app);
    const endpoint = await createMessageExtension(settings, { log, cloud: tokens.cloud });
    const server = createServer(requestListener(endpoint, app)).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/messages`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => {
    await close();
    await tokens.close();
  });

  async function send(name: string, token: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(fixture(name)),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }
  const serviceurl = fixture('query-search.json').serviceUrl;

  it.each(['query-search.json', 'fetchTask.json', 'submitAction.json', 'queryLink.json'])(
    '%s with a valid token is answered',
    async (name) => {
      const { status, json } = await send(name, tokens.token({ aud: BOT_ID, serviceurl }));
      expect(status).toBe(200);
      expect(JSON.stringify(json)).toMatch(/"(composeExtension|task)"/);
    },
  );

  it.each([
    ['another audience', { aud: '11111111-2222-4333-8444-555555555555', serviceurl }],
    ['another issuer', { aud: BOT_ID, serviceurl, iss: 'https://evil.example' }],
    ['an expired token', { aud: BOT_ID, serviceurl, exp: Math.floor(Date.now() / 1000) - 3600 }],
    ['another service URL', { aud: BOT_ID, serviceurl: 'https://evil.example/teams/' }],
  ])('%s: 401', async (_name, claims) => {
    expect((await send('query-search.json', tokens.token(claims))).status).toBe(401);
  });

  it('a token signed with another key: 401', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = tokens.token({ aud: BOT_ID, serviceurl }, { key: privateKey });
    expect((await send('query-search.json', token)).status).toBe(401);
  });
});
