import { checkBudget } from '../../scripts/budget';

const sizes: Record<string, number> = { 'tab.a.js': 100_000, 'tab.b.js': 30_000, 'config.c.js': 200_000 };
const gzipSize = (file: string) => sizes[file] ?? 0;

describe('bundle budget check', () => {
  it('passes when the initial files of a budgeted entry add up to no more than its budget', () => {
    const report = checkBudget({ tab: ['tab.a.js'], config: ['config.c.js'] }, gzipSize, { tab: 100_000 });
    expect(report.problems).toEqual([]);
    expect(report.entries.find((e) => e.entry === 'tab')?.total).toBe(100_000);
  });

  it('sums every initial file of an entry and names the largest when over budget', () => {
    const report = checkBudget({ tab: ['tab.a.js', 'tab.b.js'] }, gzipSize, { tab: 120 * 1024 });
    expect(report.entries[0]?.total).toBe(130_000);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/"tab" is 127\.0 KB gzipped, over its budget of 120\.0 KB by 7\.0 KB/);
    expect(report.problems[0]).toContain('tab.a.js');
  });

  it('does not budget entries without a budget, but fails when a budgeted entry is missing', () => {
    const report = checkBudget({ config: ['config.c.js'] }, gzipSize, { tab: 1 });
    expect(report.problems).toEqual(['The build has no entry "tab", which has a budget.']);
  });
});
