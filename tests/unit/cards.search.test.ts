import MarkdownIt from 'markdown-it';
import { QUESTION_IDS, SIGNAL_IDS, cardText, questionLine } from '../../src/content';
import {
  MAX_QUERY_LENGTH,
  escapeMarkdown,
  normalizeForSearch,
  searchCard,
  type SearchHit,
} from '../../src/cards';

function hits(query: string, locale: 'nl' | 'en' = 'nl'): SearchHit[] {
  const result = searchCard(query, locale);
  if (result.kind !== 'hits') throw new Error(`expected hits, got ${result.kind}`);
  return result.hits;
}
const ids = (list: SearchHit[]) => list.map((h) => h.highlight.id);

describe('searchCard', () => {
  it('lists the sections for an empty or blank query', () => {
    expect(searchCard('', 'nl')).toEqual({ kind: 'sections' });
    expect(searchCard('   ', 'en')).toEqual({ kind: 'sections' });
    expect(searchCard('?!', 'nl')).toEqual({ kind: 'sections' });
  });

  it('finds signals and questions in Dutch, ignoring case', () => {
    expect(ids(hits('PASPOORT'))).toEqual(['slachtoffer-paspoort', 'vraag-paspoort-pinpas']);
    expect(hits('paspoort').every((h) => h.locale === 'nl')).toBe(true);
  });

  it('ignores accents in both the query and the card', () => {
    expect(ids(hits('pàspóórt'))).toEqual(ids(hits('paspoort')));
    expect(normalizeForSearch('Wèrk/Paspoort, ÉÉN')).toBe('werk paspoort een');
  });

  it('finds English text and shows it in English, even for a Dutch user', () => {
    const found = hits('passport', 'nl');
    expect(ids(found)).toEqual(['slachtoffer-paspoort', 'vraag-paspoort-pinpas']);
    expect(found.every((h) => h.locale === 'en')).toBe(true);
    expect(found[0]?.text).toBe(cardText('en').signals['slachtoffer-paspoort']);
  });

  it('shows a hit in the preferred language when it matches there', () => {
    // "begeleider" is Dutch, but the English card keeps Dutch names; "werk" only matches Dutch.
    expect(hits('werk', 'en').every((h) => h.locale === 'nl')).toBe(true);
    expect(hits('safe', 'en')[0]).toMatchObject({ locale: 'en', section: 'vragen' });
  });

  it('needs every word of the query, in any order', () => {
    expect(ids(hits('pinpas paspoort'))).toEqual(['vraag-paspoort-pinpas']);
    expect(hits('paspoort olifant')).toEqual([]);
  });

  it('finds a signal by the title of its group, as the card prints it', () => {
    expect(ids(hits('begeleider betaalt'))).toEqual(['begeleider-betaalt']);
    expect(ids(hits('companion pays', 'en'))).toEqual(['begeleider-betaalt']);
    expect(hits('begeleider betaalt')[0]?.text).toBe(cardText('nl').signals['begeleider-betaalt']);
  });

  it('puts matches at the start of a word first', () => {
    // "slapen" starts a word in one question; "aap" is inside words only.
    expect(ids(hits('slaap'))[0]).toBe('vraag-slaapplek');
  });

  it('returns the section each hit belongs to', () => {
    expect(hits('betaalt')[0]).toMatchObject({ section: 'begeleider', highlight: { kind: 'signal' } });
    expect(hits('veilig')[0]).toMatchObject({
      section: 'vragen',
      highlight: { kind: 'question', id: 'vraag-veilig' },
    });
    expect(hits('onderbuikgevoel')[0]).toMatchObject({ section: 'slachtoffer' });
  });

  it('finds every signal and question by its own full text', () => {
    for (const locale of ['nl', 'en'] as const) {
      const text = cardText(locale);
      for (const id of SIGNAL_IDS) expect(ids(hits(text.signals[id].slice(0, 100), locale))).toContain(id);
      for (const id of QUESTION_IDS) {
        expect(ids(hits(questionLine(text.questions[id]).slice(0, 100), locale))).toContain(id);
      }
    }
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters and refuses more`, () => {
    expect(searchCard('a'.repeat(MAX_QUERY_LENGTH), 'nl').kind).toBe('hits');
    expect(searchCard('a'.repeat(MAX_QUERY_LENGTH + 1), 'nl')).toEqual({ kind: 'too-long' });
    expect(searchCard(`  ${'a'.repeat(MAX_QUERY_LENGTH)}  `, 'nl').kind).toBe('hits');
  });

  it('treats markdown, HTML and regex characters as plain text', () => {
    expect(hits('[x](https://evil.example)')).toEqual([]);
    expect(searchCard('.*', 'nl')).toEqual({ kind: 'sections' });
    expect(hits('<b>paspoort</b>').length).toBeGreaterThan(0);
  });

  it('answers 10 000 queries in well under a second (the search path stays cheap)', () => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < 10_000; i++) searchCard(i % 2 ? 'paspoort werk' : 'safe', 'nl');
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(1000);
  });
});

describe('escapeMarkdown', () => {
  // CommonMark, as Adaptive Card hosts process TextBlock markdown.
  const md = new MarkdownIt();
  const hostile = [
    '[klik hier](https://evil.example)',
    '**vet** en _schuin_ en *ook*',
    '# kop',
    '- lijst',
    '1. genummerd',
    '> citaat',
    '`code`',
    '<https://evil.example>',
    '<b>html</b>',
    'regel\n\n- nieuwe lijst',
    '![img](https://evil.example/x.png)',
    '\\[al ontsnapt\\](x)',
    '~~doorgestreept~~',
  ];

  it.each(hostile)('renders %j as the same plain text, without links or formatting', (input) => {
    const html = md.renderInline(escapeMarkdown(input));
    expect(html).not.toMatch(/<(a|strong|em|code|img|h\d|li|ol|ul|blockquote|b|s)\b/);
    const block = md.render(escapeMarkdown(input));
    expect(block).toMatch(/^<p>[^]*<\/p>\n$/);
    expect(block).not.toMatch(/<(a|strong|em|code|img|h\d|li|ol|ul|blockquote|b|s)\b/);
    const shown = block
      .replace(/<\/?p>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
    expect(shown).toBe(input.replace(/\n+/g, ' '));
  });

  it('leaves the card text unchanged', () => {
    for (const locale of ['nl', 'en'] as const) {
      const text = cardText(locale);
      for (const line of [
        text.title,
        ...text.intro,
        ...Object.values(text.signals),
        ...Object.values(text.questions).map(questionLine),
      ]) {
        expect(escapeMarkdown(line)).toBe(line);
      }
    }
  });
});
