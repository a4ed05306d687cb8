import { KMT, LOCALES, cardText } from '../../src/content';
import { helpPage } from '../../scripts/help';

describe.each(LOCALES)('the help page (%s)', (locale) => {
  const html = helpPage(locale);
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('is one document in its language with one h1', () => {
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locale}">`));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('has no script, no inline style or handler, and loads only the legal pages stylesheet', () => {
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect([...html.matchAll(/<link [^>]*>/g)].map((m) => m[0])).toEqual([
      '<link rel="stylesheet" href="legal/legal.css">',
    ]);
    // Only KMT's website leaves the app, as a link the user follows.
    const external = [...html.matchAll(/(?:href|src)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(external).toEqual([KMT.websiteUrl]);
  });

  it("names who to contact with the card's own words: KMT's name, number and website, and the aandachtsfunctionaris", () => {
    const card = cardText(locale);
    expect(text).toContain(KMT.name);
    expect(html).toContain(`<a href="tel:${KMT.phoneE164}">${KMT.phoneDisplay}</a>`);
    expect(html).toContain(`>${KMT.websiteDisplay}</a>`);
    expect(text).toContain(card.hoeVerderAandachtsfunctionaris);
  });

  it('says how privacy works and links the privacy statement, the terms, the card and the other language', () => {
    expect(html).toContain('href="privacy"');
    expect(html).toContain('href="terms"');
    expect(html).toContain(locale === 'en' ? 'href="tab?lang=en"' : 'href="tab"');
    expect(html).toContain(
      locale === 'en' ? 'href="help" hreflang="nl" lang="nl"' : 'href="help?lang=en" hreflang="en" lang="en"',
    );
    expect(text).toMatch(
      locale === 'en' ? /stays on your own screen only/ : /blijft alleen op je eigen scherm/,
    );
    expect(text).toMatch(locale === 'en' ? /Microsoft 365 Copilot/ : /Microsoft 365 Copilot/);
  });
});
