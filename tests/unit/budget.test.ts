import {
  checkBudget,
  checkStyleBudget,
  lazyChunks,
  styleBytes,
  STYLE_BUDGET,
  type EntryFiles,
} from '../../scripts/budget';

const sizes: Record<string, number> = {
  'tab.boot.js': 2_000,
  'tab-app.a.js': 98_000,
  'shared.b.js': 30_000,
  'config.c.js': 200_000,
};
const gzipSize = (file: string) => sizes[file] ?? 0;
const files = (initial: string[], app: string[] = []): EntryFiles => ({
  initial,
  beforeInteractive: [...initial, ...app],
});

describe('bundle budget check', () => {
  it('passes when the files a budgeted entry loads before it is interactive fit its budget', () => {
    const report = checkBudget(
      { tab: files(['tab.boot.js'], ['tab-app.a.js']), config: files(['config.c.js']) },
      gzipSize,
      { tab: 100_000 },
    );
    expect(report.problems).toEqual([]);
    const tab = report.entries.find((e) => e.entry === 'tab');
    expect(tab?.total).toBe(100_000);
    expect(tab?.initial).toBe(2_000);
  });

  it('counts the app chunks loaded after the first paint, and names the largest file when over budget', () => {
    const report = checkBudget({ tab: files(['tab.boot.js'], ['tab-app.a.js', 'shared.b.js']) }, gzipSize, {
      tab: 120 * 1024,
    });
    expect(report.entries[0]?.total).toBe(130_000);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(
      /before "tab" is interactive is 127\.0 KB gzipped, over its budget of 120\.0 KB by 7\.0 KB/,
    );
    expect(report.problems[0]).toContain('tab-app.a.js');
  });

  it('does not budget entries without a budget, but fails when a budgeted entry is missing', () => {
    const report = checkBudget({ config: files(['config.c.js']) }, gzipSize, { tab: 1 });
    expect(report.problems).toEqual(['The build has no entry "tab", which has a budget.']);
  });
});

describe('lazy chunks', () => {
  it('are the scripts no page needs before it is interactive', () => {
    const entries = { tab: files(['tab.boot.js'], ['tab-app.a.js']), config: files(['config.c.js']) };
    const assets = [
      'tab.boot.js',
      'tab-app.a.js',
      'config.c.js',
      'teams.d.js',
      'teams.d.js.gz',
      'notice.e.js',
    ];
    expect(lazyChunks(entries, assets)).toEqual(['teams.d.js', 'notice.e.js']);
  });
});

describe('style budget check', () => {
  it('counts the text of every <style> element, in UTF-8 bytes', () => {
    expect(styleBytes('<style>a{b:c}</style><p>x</p><style data-x="1">é{}</style>')).toBe(10);
    expect(styleBytes('<p>no styles</p>')).toBe(0);
  });

  it('lists every form of a page over its budget, and budgeted pages the build did not produce', () => {
    const problems = checkStyleBudget(
      [
        { page: 'tab', file: 'tab.nl.light.html', bytes: 900 },
        { page: 'tab', file: 'tab.nl.dark.html', bytes: 1100 },
        { page: 'help', file: 'help.nl.light.html', bytes: 99_000 },
      ],
      { tab: 1000, config: 1000 },
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^The CSS of tab\.nl\.dark\.html is 1\.1 KB, over the budget of "tab" of 1\.0 KB/,
      ),
      'The build has no page "config", which has a CSS budget.',
    ]);
  });

  it('budgets the tab at most half of the CSS it had before its styles were pruned', () => {
    expect(STYLE_BUDGET.tab).toBeLessThanOrEqual(43_681 / 2);
  });
});
