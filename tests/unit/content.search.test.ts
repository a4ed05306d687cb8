import {
  CARD_PARTS,
  KMT,
  LOCALES,
  MAX_QUERY_LENGTH,
  PART_WORDS,
  SEARCH_SYNONYMS,
  STOP_WORDS,
  cardLines,
  cardPartOf,
  cardText,
  languageOf,
  lineKey,
  lineText,
  normalizeForSearch,
  partOf,
  partTitle,
  searchCard,
  searchWords,
  type CardLine,
  type Locale,
  type SearchHit,
  type SearchOptions,
} from '../../src/content';

function hits(query: string, locale: Locale = 'nl', options: SearchOptions = {}): SearchHit[] {
  const result = searchCard(query, locale, options);
  if (result.kind !== 'hits') throw new Error(`expected hits, got ${result.kind}`);
  return result.hits;
}
const keys = (list: SearchHit[]) => list.map((h) => lineKey(h.line));
const key = (line: CardLine) => lineKey(line);

describe('the lines of the card', () => {
  it('are every line of the printed card, once, each part starting with its title', () => {
    const lines = cardLines();
    expect(new Set(lines.map(key)).size).toBe(lines.length);
    expect(lines).toHaveLength(1 + 2 + 5 * 1 + 18 + 3 + 18 + 3);
    for (const part of CARD_PARTS) {
      const own = lines.filter((line) => partOf(line) === part);
      expect(own[0]).toEqual({ kind: 'title', part });
    }
  });

  it('carry the card text of src/content in both languages, with KMT as printed', () => {
    for (const locale of LOCALES) {
      const text = cardText(locale);
      expect(lineText({ kind: 'title', part: 'intro' }, locale)).toBe(text.title);
      expect(lineText({ kind: 'intro', index: 1 }, locale)).toBe(text.intro[1]);
      expect(lineText({ kind: 'tip', id: 'tip-tolk' }, locale)).toBe(text.tips['tip-tolk']);
      expect(lineText({ kind: 'hoe-verder', id: 'kmt' }, locale)).toContain(KMT.name);
      expect(lineText({ kind: 'hoe-verder', id: 'kmt' }, locale)).toContain(KMT.phoneDisplay);
      expect(lineText({ kind: 'hoe-verder', id: 'website' }, locale)).toBe(KMT.websiteDisplay);
      expect(partTitle('hoe-verder', locale)).toBe(text.sectionTitles['hoe-verder']);
    }
  });
});

describe('searchCard', () => {
  it('has nothing to search for an empty, blank or punctuation-only query', () => {
    expect(searchCard('', 'nl')).toEqual({ kind: 'empty' });
    expect(searchCard('   ', 'en')).toEqual({ kind: 'empty' });
    expect(searchCard('?!', 'nl')).toEqual({ kind: 'empty' });
    expect(searchCard('.*', 'nl')).toEqual({ kind: 'empty' });
  });

  // The words a new user tried (issue 13): each used to answer "Niets gevonden".
  it.each([
    ['tolk', 'tip:tip-tolk'],
    ['interpreter', 'tip:tip-tolk'],
    ['KMT', 'hoe-verder:kmt'],
    ['bellen', 'hoe-verder:kmt'],
    ['kenniscentrum', 'intro:1'],
    ['aandachtsfunctionaris', 'hoe-verder:aandachtsfunctionaris'],
    ['collega', 'tip:tip-collega'],
    ['telefoon', 'hoe-verder:kmt'],
    ['phone', 'hoe-verder:kmt'],
    ['053 487', 'hoe-verder:kmt'],
    ['mensenhandeltwente', 'hoe-verder:website'],
    ['website', 'hoe-verder:website'],
    ['uitbuiting', 'intro:0'],
    ['hoe verder', 'title:hoe-verder'],
    ['what next', 'title:hoe-verder'],
    ['tips', 'title:tips'],
  ])('finds %j (first: %s)', (query, first) => {
    expect(keys(hits(query))[0]).toBe(first);
  });

  it('finds every line of the card by its own text, in both languages', () => {
    for (const locale of LOCALES) {
      for (const line of cardLines()) {
        const text = lineText(line, locale).slice(0, MAX_QUERY_LENGTH);
        expect(keys(hits(text, locale))).toContain(key(line));
      }
    }
  });

  it('finds every part of the card by its title, the title first', () => {
    for (const locale of LOCALES) {
      for (const part of CARD_PARTS) {
        expect(keys(hits(partTitle(part, locale), locale))[0]).toBe(`title:${part}`);
      }
    }
  });

  it('finds signals and questions in Dutch, ignoring case', () => {
    expect(keys(hits('PASPOORT'))).toEqual(['signal:slachtoffer-paspoort', 'question:vraag-paspoort-pinpas']);
    expect(hits('paspoort').every((h) => h.locale === 'nl')).toBe(true);
  });

  it('ignores accents in both the query and the card', () => {
    expect(keys(hits('pàspóórt'))).toEqual(keys(hits('paspoort')));
    expect(keys(hits('taalbarriere'))).toEqual(['tip:tip-tolk']);
    expect(normalizeForSearch('Wèrk/Paspoort, ÉÉN')).toBe('werk paspoort een');
  });

  it('finds English text and shows it in English, even for a Dutch user', () => {
    const found = hits('passport', 'nl');
    expect(keys(found)).toEqual(['signal:slachtoffer-paspoort', 'question:vraag-paspoort-pinpas']);
    expect(found.every((h) => h.locale === 'en')).toBe(true);
    expect(found[0]?.text).toBe(cardText('en').signals['slachtoffer-paspoort']);
  });

  it('shows a hit in the preferred language when it matches there', () => {
    expect(hits('werk', 'en').every((h) => h.locale === 'nl')).toBe(true);
    expect(hits('safe', 'en')[0]).toMatchObject({ locale: 'en', part: 'vragen' });
    expect(hits('tips', 'en')[0]).toMatchObject({ locale: 'en' });
  });

  it('shows every hit in the language the options fix, whichever matched', () => {
    const found = hits('passport', 'nl', { locale: 'nl' });
    expect(found.map((h) => h.text)).toEqual([
      cardText('nl').signals['slachtoffer-paspoort'],
      'Bewaar je je eigen paspoort en/of pinpas?',
    ]);
  });

  it('searches one part only when the options name it', () => {
    expect(keys(hits('paspoort', 'nl', { part: 'vragen' }))).toEqual(['question:vraag-paspoort-pinpas']);
    expect(hits('tolk', 'nl', { part: 'vragen' })).toEqual([]);
  });

  it('needs every word of the query, in any order, when a line has them all', () => {
    expect(keys(hits('pinpas paspoort'))).toEqual(['question:vraag-paspoort-pinpas']);
    expect(keys(hits('begeleider betaalt'))).toEqual(['signal:begeleider-betaalt']);
    expect(keys(hits('companion pays', 'en'))).toEqual(['signal:begeleider-betaalt']);
  });

  it('without a line that has every word, lists the lines with the most of them', () => {
    // A whole sentence, as Microsoft 365 Copilot may send it.
    expect(keys(hits('paspoort olifant'))).toEqual(keys(hits('paspoort')));
    expect(keys(hits('Welke vragen kan ik stellen over werk en wonen?'))[0]).toBe('question:vraag-werk');
    expect(hits('olifant giraf')).toEqual([]);
  });

  it('puts lines of a part the search names first, then whole words, then word starts', () => {
    expect(keys(hits('signalen begeleider'))[0]).toBe('title:begeleider');
    expect(keys(hits('questions work', 'en'))[0]).toBe('question:vraag-werk');
    // "werk" is a whole word in one question, the start of "werken" and "werkt" in others.
    expect(keys(hits('werk'))[0]).toBe('question:vraag-werk');
    expect(keys(hits('slaapplek'))[0]).toBe('question:vraag-slaapplek');
  });

  it('drops stop words from a search of several words, but searches them when that is all there is', () => {
    expect(searchWords('Wie bel ik bij een vermoeden van uitbuiting?')).toEqual([
      'bel',
      'vermoeden',
      'uitbuiting',
    ]);
    expect(searchWords('de het een')).toEqual(['de', 'het', 'een']);
    expect(searchWords('x tolk')).toEqual(['tolk']);
    expect(hits('je').length).toBeGreaterThan(3);
    expect(keys(hits('mensenhandel'))).toContain('hoe-verder:aandachtsfunctionaris');
  });

  it('returns the part each hit belongs to', () => {
    expect(hits('betaalt')[0]).toMatchObject({ part: 'begeleider', line: { kind: 'signal' } });
    expect(hits('veilig')[0]).toMatchObject({
      part: 'vragen',
      line: { kind: 'question', id: 'vraag-veilig' },
    });
    expect(hits('onderbuikgevoel')[0]).toMatchObject({ part: 'slachtoffer' });
    expect(hits('collega')[0]).toMatchObject({ part: 'tips' });
    expect(hits('Twente')[0]).toMatchObject({ part: 'intro' });
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses more`, () => {
    expect(searchCard('a'.repeat(MAX_QUERY_LENGTH), 'nl').kind).toBe('hits');
    expect(searchCard('a'.repeat(MAX_QUERY_LENGTH + 1), 'nl')).toEqual({ kind: 'too-long' });
    expect(searchCard(`  ${'a'.repeat(MAX_QUERY_LENGTH)}  `, 'nl').kind).toBe('hits');
  });

  it('treats markdown, HTML and regex characters as plain text', () => {
    expect(hits('[x](https://evil.example)')).toEqual(hits('x https evil example'));
    expect(hits('<b>paspoort</b>').length).toBeGreaterThan(0);
    expect(hits('**tolk**')).toEqual(hits('tolk'));
  });
});

describe('the reviewed synonyms', () => {
  it.each(SEARCH_SYNONYMS.flatMap(({ words, finds }) => words.map((word) => [word, finds] as const)))(
    '%s finds its lines, and finds more than the word finds on the card by itself',
    (word, finds) => {
      expect(word).toBe(normalizeForSearch(word));
      expect(STOP_WORDS.has(word)).toBe(false);
      const found = keys(hits(word));
      for (const line of finds) expect(found).toContain(key(line));
      const literal = cardLines().filter((line) =>
        LOCALES.some((locale) => normalizeForSearch(lineText(line, locale)).includes(word)),
      );
      expect(finds.some((line) => !literal.map(key).includes(key(line)))).toBe(true);
    },
  );

  it('point at lines of one part each, except KMT (named in the introduction and in "Hoe verder?")', () => {
    for (const { words, finds } of SEARCH_SYNONYMS) {
      const parts = new Set(finds.map(partOf));
      if (words.includes('kmt')) expect([...parts].sort()).toEqual(['hoe-verder', 'intro']);
      else if (words.includes('signalen')) expect([...parts].sort()).toEqual(['begeleider', 'slachtoffer']);
      else expect(parts.size).toBe(1);
    }
  });

  it('leave the card text itself out of the stop words', () => {
    for (const locale of LOCALES) {
      for (const part of CARD_PARTS) {
        const title = searchWords(partTitle(part, locale));
        expect(title.length).toBeGreaterThan(0);
      }
    }
    expect(STOP_WORDS.has('tolk')).toBe(false);
    expect(STOP_WORDS.has('paspoort')).toBe(false);
  });
});

describe('cardPartOf (the "onderdeel" parameter)', () => {
  it.each([
    ['tips', 'tips'],
    ['Tips', 'tips'],
    ['hoe-verder', 'hoe-verder'],
    ['Hoe verder?', 'hoe-verder'],
    ['What next?', 'hoe-verder'],
    ['Het mogelijke slachtoffer', 'slachtoffer'],
    ['victim', 'slachtoffer'],
    ['de begeleider', 'begeleider'],
    ['companion', 'begeleider'],
    ['Vragen die je kunt stellen', 'vragen'],
    ['questions', 'vragen'],
    ['intro', 'intro'],
  ])('%j names %s', (value, part) => {
    expect(cardPartOf(value)).toBe(part);
  });

  it.each([
    null,
    undefined,
    '',
    '  ',
    'olifant',
    'signalen',
    42,
    {},
    ['tips'],
    'x'.repeat(500),
    'slachtoffer begeleider',
  ])('%j names no part (ignored)', (value) => {
    expect(cardPartOf(value)).toBeNull();
  });

  it('knows every part by its id, and by every word listed for it', () => {
    for (const part of CARD_PARTS) {
      expect(cardPartOf(part)).toBe(part);
      for (const word of PART_WORDS[part]) expect(cardPartOf(word)).toBe(part);
    }
  });
});

describe('languageOf (the "taal" parameter)', () => {
  it.each([
    ['nl', 'nl'],
    ['NL-nl', 'nl'],
    ['Nederlands', 'nl'],
    ['dutch', 'nl'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['English', 'en'],
    ['Engels', 'en'],
  ])('%j is %s', (value, locale) => {
    expect(languageOf(value)).toBe(locale);
  });

  it.each([null, undefined, '', 'fr', 'Frans', 'klingon', 3, 'en'.repeat(50)])(
    '%j is no language (ignored)',
    (value) => {
      expect(languageOf(value)).toBeNull();
    },
  );
});
