import { readFileSync } from 'node:fs';
import path from 'node:path';

const LEGAL = path.join(__dirname, '..', '..', 'assets', 'legal');
const read = (name: string) => readFileSync(path.join(LEGAL, name), 'utf8');
const css = read('legal.css');

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

describe.each(['privacy.html', 'terms.html'])('%s', (file) => {
  const html = read(file);

  it('is Dutch with an English section marked as such', () => {
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).toMatch(/<section class="language" lang="en" aria-labelledby="english">/);
    expect(html).toMatch(/<h2 id="english">/);
  });

  it('has no inline script or style, and loads only its own stylesheet', () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect([...html.matchAll(/<link [^>]*>/g)].map((m) => m[0])).toEqual([
      '<link rel="stylesheet" href="legal/legal.css" />',
    ]);
    expect(html).not.toMatch(/(href|src)="(https?:)?\/\//);
  });

  it('has one h1 and links to the other page and the card', () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain(file === 'privacy.html' ? 'href="terms"' : 'href="privacy"');
    expect(html).toContain('href="tab"');
  });
});

describe('privacy statement', () => {
  const text = read('privacy.html').replace(/\s+/g, ' ');
  it.each([
    'geen cookies, geen opslag in de browser, niets op de server',
    'laadt niets van andere websites',
    'alleen de namen van de signalen',
    'verstuurt het zelf',
    'bewaart ze niet en schrijft ze niet in een logboek',
    'in het adres van het tabblad',
    'De gemeente die deze app gebruikt',
  ])('says: %s', (sentence) => {
    expect(text).toContain(sentence);
  });
});

describe('legal.css', () => {
  const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');

  it.each([
    ['light', light],
    ['dark', dark],
  ])('meets WCAG AA contrast in %s mode', (_mode, block) => {
    const colours = palette(block);
    for (const name of ['text', 'muted', 'link']) {
      expect(contrast(colours[name]!, colours.background!)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(colours.focus!, colours.background!)).toBeGreaterThanOrEqual(3);
  });

  it('loads nothing from elsewhere', () => {
    expect(css).not.toMatch(/url\(|@import/);
  });
});
