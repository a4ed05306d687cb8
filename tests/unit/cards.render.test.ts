/**
 * @jest-environment jsdom
 */
import { AdaptiveCard, SerializationContext } from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import { CARD_PARTS, KMT, LOCALES, appWords, cardText, partTitle } from '../../src/content';
import {
  buildSectionCard,
  buildSignalCard,
  buildSummaryCard,
  cardStrings,
  escapeMarkdown,
} from '../../src/cards';

const md = new MarkdownIt();
beforeAll(() => {
  // Hosts plug in their markdown processor the same way.
  AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
});

function render(json: unknown): HTMLElement {
  const card = new AdaptiveCard();
  card.parse(json, new SerializationContext());
  const element = card.render();
  if (!element) throw new Error('card did not render');
  document.body.replaceChildren(element);
  return element;
}

describe.each(LOCALES)('rendered in the browser (%s)', (locale) => {
  it('the whole card shows its text and two buttons', () => {
    const element = render(buildSignalCard({ locale, tabUrl: 'https://example.nl/tab' }));
    expect(element.textContent).toContain(cardText(locale).title);
    expect(element.textContent).toContain(KMT.phoneDisplay);
    const buttons = [...element.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(buttons).toEqual([
      expect.stringContaining(KMT.websiteDisplay),
      cardStrings(locale).openSignaalkaart,
    ]);
    expect(element.querySelectorAll('a')).toHaveLength(0);
  });

  it.each(CARD_PARTS)('part %s renders as a search result, with the icon, its facts and the hit', (part) => {
    const element = render(
      buildSectionCard(part, {
        locale,
        iconUrl: 'https://example.nl/static/color.png',
        tabUrl: 'https://example.nl/tab',
        highlight: { kind: 'title', part },
      }),
    );
    expect(element.textContent).toContain(partTitle(part, locale));
    expect(element.textContent).toContain(cardStrings(locale).found);
    expect(element.textContent).toContain(cardStrings(locale).factInDoubt);
    const image = element.querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://example.nl/static/color.png');
    expect(image?.getAttribute('alt')).toBe(appWords(locale).appName);
  });

  it('the summary renders with its privacy line', () => {
    const element = render(
      buildSummaryCard({ signalen: ['slachtoffer-bang'], vragen: [], gemeente: null }, { locale }),
    );
    expect(element.textContent).toContain(cardStrings(locale).noPersonalData);
  });
});

it('escaped outside text renders as typed, without a link', () => {
  const hostile = '[klik](https://evil.example) **vet**';
  const element = render({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: escapeMarkdown(hostile), wrap: true }],
  });
  expect(element.querySelector('a, strong')).toBeNull();
  expect(element.textContent).toContain(hostile);
});
