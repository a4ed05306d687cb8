import MarkdownIt from 'markdown-it';
import { KMT, cardText, questionLine } from '../../src/content';
import { escapeMarkdown } from '../../src/cards';

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
        ...Object.values(text.tips),
        text.hoeVerderAandachtsfunctionaris,
        KMT.name,
        KMT.phoneDisplay,
        KMT.websiteDisplay,
      ]) {
        expect(escapeMarkdown(line)).toBe(line);
      }
    }
  });
});
