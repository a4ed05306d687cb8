import {
  CARD_PARTS,
  KMT,
  LOCALES,
  MUNICIPALITIES,
  QUESTION_IDS,
  SIGNAL_IDS,
  appWords,
  cardLines,
  cardText,
  fillTemplate,
  lineKey,
  lineText,
  partOf,
  partTitle,
  questionLine,
  signalIdsOf,
  tipsSentence,
  type CardPart,
  type Locale,
  type QuestionId,
  type SignalId,
} from '../../src/content';
import {
  buildSectionCard,
  buildSignalCard,
  buildSummaryCard,
  cardStrings,
  escapeMarkdown,
  type AdaptiveCard,
  type CardElement,
  type Container,
  type FactSet,
} from '../../src/cards';
import { cardProblems, texts } from '../fixtures/invokes/cardCheck';

const TAB = 'https://signaalkaart.example.nl/tab?gemeente=enschede';
const bulleted = (text: string) => `• ${text}`;

function hoeVerderTexts(locale: Locale): string[] {
  const text = cardText(locale);
  return [
    text.sectionTitles['hoe-verder'],
    fillTemplate(text.hoeVerderKmt, { kmt: KMT.name, phone: KMT.phoneDisplay }),
    text.hoeVerderAandachtsfunctionaris,
  ];
}

function expectEndsWithHoeVerder(card: AdaptiveCard, locale: Locale, tabUrl?: string) {
  expect(texts(card).slice(-3)).toEqual(hoeVerderTexts(locale));
  expect(texts(card).join(' ')).toContain(KMT.phoneDisplay);
  const strings = cardStrings(locale);
  expect(card.actions[0]).toEqual({
    type: 'Action.OpenUrl',
    title: fillTemplate(strings.openWebsite, { website: KMT.websiteDisplay }),
    url: KMT.websiteUrl,
  });
  if (tabUrl) {
    expect(card.actions[1]).toEqual({ type: 'Action.OpenUrl', title: strings.openSignaalkaart, url: tabUrl });
    expect(card.actions).toHaveLength(2);
  } else {
    expect(card.actions).toHaveLength(1);
  }
}

describe.each(LOCALES)('the whole signal card in %s', (locale) => {
  const text = cardText(locale);
  const card = buildSignalCard({ locale, tabUrl: TAB });

  it('parses without errors or warnings in the official renderer, schema 1.5, full width', () => {
    expect(cardProblems(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.msteams).toEqual({ width: 'Full' });
  });

  it('holds the whole card text, in card order, from the content module', () => {
    expect(texts(card)).toEqual([
      text.title,
      ...text.intro,
      text.sectionTitles.slachtoffer,
      ...signalIdsOf('slachtoffer').map((id) => bulleted(text.signals[id])),
      text.sectionTitles.begeleider,
      ...signalIdsOf('begeleider').map((id) => bulleted(text.signals[id])),
      text.sectionTitles.tips,
      tipsSentence(text),
      text.sectionTitles.vragen,
      ...QUESTION_IDS.map((id) => bulleted(questionLine(text.questions[id]))),
      ...hoeVerderTexts(locale),
    ]);
  });

  it('ends with "Hoe verder?", the website and the tab link', () => {
    expectEndsWithHoeVerder(card, locale, TAB);
  });

  it('has no tab button when the tab URL is unknown', () => {
    expectEndsWithHoeVerder(buildSignalCard({ locale }), locale);
  });

  it('parses as schema 1.3 for link unfurling, without 1.5-only properties', () => {
    const old = buildSignalCard({ locale, version: '1.3' });
    expect(old.version).toBe('1.3');
    expect(cardProblems(old)).toEqual([]);
    expect(JSON.stringify(old)).not.toContain('"style":"heading"');
    expect(texts(old)).toEqual(texts(card));
  });
});

describe.each(LOCALES)('search result cards (one part of the card) in %s', (locale) => {
  const text = cardText(locale);
  const strings = cardStrings(locale);
  const ICON = 'https://signaalkaart.example.nl/static/color.png';
  const expected: Record<CardPart, string[]> = {
    intro: [text.title, ...text.intro],
    slachtoffer: [
      text.sectionTitles.slachtoffer,
      ...signalIdsOf('slachtoffer').map((id) => bulleted(text.signals[id])),
    ],
    begeleider: [
      text.sectionTitles.begeleider,
      ...signalIdsOf('begeleider').map((id) => bulleted(text.signals[id])),
    ],
    tips: [text.sectionTitles.tips, tipsSentence(text)],
    vragen: [
      text.sectionTitles.vragen,
      ...QUESTION_IDS.map((id) => bulleted(questionLine(text.questions[id]))),
    ],
    'hoe-verder': [],
  };

  it.each(CARD_PARTS)('%s parses cleanly and shows exactly that part, then "Hoe verder?"', (part) => {
    const card = buildSectionCard(part, { locale, tabUrl: TAB });
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)).toEqual([appWords(locale).appName, ...expected[part], ...hoeVerderTexts(locale)]);
    expect(card.fallbackText).toContain(partTitle(part, locale));
    expectEndsWithHoeVerder(card, locale, TAB);
  });

  it.each(CARD_PARTS)('%s has at least two facts besides its title, all escaped', (part) => {
    const card = buildSectionCard(part, { locale });
    const factSets = card.body.filter((e): e is FactSet => e.type === 'FactSet');
    expect(factSets).toHaveLength(1);
    const facts = factSets[0]!.facts;
    expect(facts.length).toBeGreaterThanOrEqual(3);
    expect(facts.map((f) => f.title)).toEqual([
      strings.factContents,
      strings.factLanguage,
      strings.factInDoubt,
    ]);
    expect(facts[1]!.value).toBe(strings.languageName);
    expect(facts[2]!.value).toContain(KMT.phoneDisplay);
    for (const fact of facts) expect(fact.value).not.toContain(partTitle(part, locale));
    for (const fact of facts) expect(escapeMarkdown(fact.value)).toBe(fact.value);
  });

  it('shows the app icon from the deployment, with the app name as alternative text', () => {
    const card = buildSectionCard('tips', { locale, iconUrl: ICON, tabUrl: TAB });
    expect(cardProblems(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({
      type: 'ColumnSet',
      columns: [
        { items: [{ type: 'Image', url: ICON, altText: appWords(locale).appName, size: 'Small' }] },
        { items: [{ type: 'TextBlock', text: appWords(locale).appName }] },
      ],
    });
  });

  it('carries the tab link as an Action.OpenUrl and as the card metadata (webUrl)', () => {
    const card = buildSectionCard('vragen', { locale, tabUrl: TAB });
    expect(card.metadata).toEqual({ webUrl: TAB });
    expect(card.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: strings.openSignaalkaart,
      url: TAB,
    });
    // The adaptivecards parser (as the hosts use it) accepts the card with its metadata.
    expect(cardProblems(card)).toEqual([]);
    expect(buildSectionCard('vragen', { locale }).metadata).toBeUndefined();
  });

  it.each(cardLines().map((line) => [lineKey(line), line] as const))(
    'marks the search hit %s',
    (_key, line) => {
      const part = partOf(line);
      const card = buildSectionCard(part, { locale, highlight: line });
      expect(cardProblems(card)).toEqual([]);
      const marked = (elements: CardElement[]): Container[] =>
        elements.flatMap((e) => (e.type === 'Container' ? [e, ...marked(e.items)] : []));
      const boxes = marked(card.body);
      expect(boxes).toHaveLength(1);
      const printed = ['signal', 'tip', 'question'].includes(line.kind)
        ? bulleted(lineText(line, locale))
        : lineText(line, locale);
      expect(boxes[0]).toMatchObject({
        style: 'emphasis',
        items: [
          { text: strings.found, color: 'Accent' },
          { text: printed, weight: 'Bolder', color: 'Accent' },
        ],
      });
      const facts = card.body.find((e): e is FactSet => e.type === 'FactSet')!.facts;
      expect(facts[0]).toEqual({ title: strings.factFound, value: strings.lineKind[line.kind] });
      // The hit replaces its plain line: the part still shows each line once (the tips sentence and the website,
      // printed otherwise, get the hit shown on its own).
      expect(texts(card).filter((t) => t === printed)).toHaveLength(1);
      const extra = line.kind === 'tip' || (line.kind === 'hoe-verder' && line.id === 'website') ? 2 : 1;
      expect(texts(card)).toHaveLength(1 + expected[part].length + 3 + extra);
    },
  );

  it('ignores a hit that belongs to another part', () => {
    const card = buildSectionCard('tips', { locale, highlight: { kind: 'signal', id: 'slachtoffer-bang' } });
    expect(card.body.some((e) => e.type === 'Container')).toBe(false);
  });
});

describe.each(LOCALES)('the observation summary in %s', (locale) => {
  const text = cardText(locale);
  const strings = cardStrings(locale);
  const enschede = MUNICIPALITIES.find((m) => m.slug === 'enschede') ?? null;

  // Every text the summary may contain: anything else (free text, names) would be a leak.
  const allowed = new Set<string>([
    strings.summaryTitle,
    strings.seen,
    strings.asked,
    strings.nothingSeen,
    strings.nothingAsked,
    strings.noPersonalData,
    `${strings.municipality}: ${strings.noMunicipality}`,
    ...MUNICIPALITIES.map((m) => `${strings.municipality}: ${m.name}`),
    text.sectionTitles.slachtoffer,
    text.sectionTitles.begeleider,
    ...SIGNAL_IDS.map((id) => bulleted(text.signals[id])),
    ...QUESTION_IDS.map((id) => bulleted(questionLine(text.questions[id]))),
    ...hoeVerderTexts(locale),
  ]);

  const cases: [string, SignalId[], QuestionId[]][] = [
    ['nothing', [], []],
    [
      'some',
      ['begeleider-betaalt', 'slachtoffer-werk', 'slachtoffer-bang'],
      ['vraag-schulden', 'vraag-veilig'],
    ],
    ['only companion signals', ['begeleider-vaag'], []],
    ['everything', [...SIGNAL_IDS], [...QUESTION_IDS]],
  ];

  it.each(cases)('%s: parses cleanly and shows only known text', (_name, signalen, vragen) => {
    const card = buildSummaryCard({ signalen, vragen, gemeente: enschede }, { locale, tabUrl: TAB });
    expect(cardProblems(card)).toEqual([]);
    for (const line of texts(card)) expect(allowed.has(line)).toBe(true);
    expect(texts(card)).toContain(strings.noPersonalData);
    expect(texts(card)).toContain(`${strings.municipality}: Enschede`);
    expectEndsWithHoeVerder(card, locale, TAB);
  });

  it('with nothing ticked says so', () => {
    const lines = texts(buildSummaryCard({ signalen: [], vragen: [], gemeente: null }, { locale }));
    expect(lines).toContain(strings.nothingSeen);
    expect(lines).toContain(strings.nothingAsked);
    expect(lines).toContain(`${strings.municipality}: ${strings.noMunicipality}`);
  });

  it('groups the signals by who they are about and lists everything in card order, once', () => {
    const lines = texts(
      buildSummaryCard(
        {
          signalen: ['begeleider-betaalt', 'slachtoffer-werk', 'slachtoffer-bang', 'slachtoffer-bang'],
          vragen: ['vraag-schulden', 'vraag-veilig'],
          gemeente: null,
        },
        { locale },
      ),
    );
    expect(lines.slice(0, 12)).toEqual([
      strings.summaryTitle,
      `${strings.municipality}: ${strings.noMunicipality}`,
      strings.seen,
      text.sectionTitles.slachtoffer,
      bulleted(text.signals['slachtoffer-bang']),
      bulleted(text.signals['slachtoffer-werk']),
      text.sectionTitles.begeleider,
      bulleted(text.signals['begeleider-betaalt']),
      strings.asked,
      bulleted(text.questions['vraag-veilig'].text),
      bulleted(text.questions['vraag-schulden'].text),
      strings.noPersonalData,
    ]);
  });

  it('leaves out a group without ticks', () => {
    const lines = texts(
      buildSummaryCard({ signalen: ['begeleider-vaag'], vragen: [], gemeente: null }, { locale }),
    );
    expect(lines).not.toContain(text.sectionTitles.slachtoffer);
    expect(lines).toContain(text.sectionTitles.begeleider);
  });
});

describe('card strings', () => {
  it('exist in both languages for every key, and differ', () => {
    const nl = cardStrings('nl');
    const en = cardStrings('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    // "Tip" and "tips" are the same words in both languages.
    const same = new Set(['tip', 'tips']);
    const flat = (strings: typeof nl): [string, string][] =>
      Object.entries(strings).flatMap(([key, value]): [string, string][] =>
        typeof value === 'string'
          ? [[key, value]]
          : Object.entries(value as Record<string, string>).map(([k, v]): [string, string] => [
              `${key}.${k}`,
              v,
            ]),
      );
    const english = new Map(flat(en));
    for (const [key, value] of flat(nl)) {
      expect(value.trim()).not.toBe('');
      if (!same.has(key.split('.').pop()!)) expect(english.get(key)).not.toBe(value);
    }
  });
});

describe('size', () => {
  it('keeps the whole card well under the 28 KB message limit of Teams', () => {
    const size = Buffer.byteLength(JSON.stringify(buildSignalCard({ locale: 'nl', tabUrl: TAB })));
    expect(size).toBeLessThan(28 * 1024);
    // Reported in the issue note.
    process.stdout.write(`whole signal card (nl) JSON: ${size} bytes\n`);
  });
});
