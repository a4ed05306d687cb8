import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  KMT,
  MUNICIPALITIES,
  QUESTION_IDS,
  SIGNAL_IDS,
  TIP_IDS,
  cardText,
  questionLine,
  signalIdsOf,
  tipsSentence,
} from '../../src/content';

// The seed as printed: line breaks and runs of spaces are layout, not text.
const seed = readFileSync(join(__dirname, '../fixtures/signaalkaart-mensenhandel-twente.txt'), 'utf8')
  .replace(/\s+/g, ' ')
  .trim();
const nl = cardText('nl');
const en = cardText('en');

function occurrences(text: string): number {
  return seed.split(text).length - 1;
}

describe('the Dutch card is the seed, word for word', () => {
  it.each(SIGNAL_IDS.map((id) => [id, nl.signals[id]]))('signal %s appears once in the seed', (_id, text) => {
    expect(occurrences(text)).toBe(1);
  });

  it.each(QUESTION_IDS.map((id) => [id, questionLine(nl.questions[id])]))(
    'question %s appears once in the seed',
    (_id, text) => {
      expect(occurrences(text)).toBe(1);
    },
  );

  it('has 12 signals about the possible victim and 6 about the companion, in the seed order', () => {
    const victim = signalIdsOf('slachtoffer').map((id) => nl.signals[id]);
    const companion = signalIdsOf('begeleider').map((id) => nl.signals[id]);
    expect(victim).toHaveLength(12);
    expect(companion).toHaveLength(6);
    const positions = [...victim, ...companion].map((text) => seed.indexOf(text));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(seed.indexOf('Het mogelijke slachtoffer:')).toBeLessThan(positions[0] as number);
    expect(seed.indexOf('De begeleider:')).toBeLessThan(seed.indexOf(companion[0] as string));
  });

  it('has the 18 questions in the seed order, after their heading', () => {
    const positions = QUESTION_IDS.map((id) => seed.indexOf(questionLine(nl.questions[id])));
    expect(positions).toHaveLength(18);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(seed.indexOf('Vragen die je kunt stellen:')).toBeLessThan(positions[0] as number);
  });

  it('marks only the "Indien van toepassing" question as conditional', () => {
    const conditional = QUESTION_IDS.filter((id) => nl.questions[id].condition);
    expect(conditional).toEqual(['vraag-relatie-begeleider']);
    expect(nl.questions['vraag-relatie-begeleider'].condition).toBe('Indien van toepassing');
  });

  it('has the tips sentence exactly as printed', () => {
    expect(occurrences(`Tips: ${tipsSentence(nl)}`)).toBe(1);
    for (const id of TIP_IDS) expect(occurrences(nl.tips[id])).toBe(1);
  });

  it('has the introduction, title and "Hoe verder?" text as printed', () => {
    for (const paragraph of nl.intro) expect(occurrences(paragraph)).toBe(1);
    expect(seed).toContain(nl.title.toUpperCase());
    expect(occurrences(`${nl.sectionTitles['hoe-verder']} `)).toBe(1);
    const kmtSentence = nl.hoeVerderKmt.replace('{kmt}', KMT.name).replace('{phone}', KMT.phoneDisplay);
    expect(occurrences(kmtSentence)).toBe(1);
    expect(occurrences(nl.hoeVerderAandachtsfunctionaris)).toBe(1);
    expect(occurrences(KMT.websiteDisplay)).toBe(1);
  });

  it('has the section headings of the seed', () => {
    for (const title of ['slachtoffer', 'begeleider', 'vragen'] as const) {
      expect(occurrences(`${nl.sectionTitles[title]}:`)).toBe(1);
    }
  });

  it('dials KMT on the printed number', () => {
    expect(KMT.phoneE164.replace('+31', '0')).toBe(KMT.phoneDisplay.replace(/[^0-9]/g, ''));
    expect(KMT.websiteUrl).toBe(`https://${KMT.websiteDisplay}`);
  });
});

describe('the English card', () => {
  it('translates every signal, question and tip, and keeps the placeholders', () => {
    for (const id of SIGNAL_IDS) expect(en.signals[id]).not.toBe(nl.signals[id]);
    for (const id of QUESTION_IDS) expect(en.questions[id].text).not.toBe(nl.questions[id].text);
    expect(en.questions['vraag-relatie-begeleider'].condition).toBe('If applicable');
    expect(tipsSentence(en)).toMatch(/^involve a colleague, .+ and .+\.$/);
    expect(en.hoeVerderKmt).toContain('{kmt}');
    expect(en.hoeVerderKmt).toContain('{phone}');
  });
});

describe('municipalities', () => {
  it('are the 14 Twente municipalities with unique, URL-safe slugs', () => {
    expect(MUNICIPALITIES.map((m) => m.name)).toEqual([
      'Almelo',
      'Borne',
      'Dinkelland',
      'Enschede',
      'Haaksbergen',
      'Hellendoorn',
      'Hengelo',
      'Hof van Twente',
      'Losser',
      'Oldenzaal',
      'Rijssen-Holten',
      'Tubbergen',
      'Twenterand',
      'Wierden',
    ]);
    const slugs = MUNICIPALITIES.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(14);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
