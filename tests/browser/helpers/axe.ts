import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ROOT } from './appServer';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SUMMARY = path.join(ROOT, 'test-results/axe-summary.json');

export type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  targets: string[];
  summary: string;
};

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page and every frame in it. */
export async function axe(
  page: Page,
): Promise<{ violations: AxeViolation[]; passes: number; incomplete: number }> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return {
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    })),
    passes: results.passes.length,
    incomplete: results.incomplete.length,
  };
}

/** Keeps the count per page and theme for the run's report (test-results/axe-summary.json). */
export function recordAxe(key: string, violations: number, passes: number): void {
  mkdirSync(path.dirname(SUMMARY), { recursive: true });
  const summary = existsSync(SUMMARY)
    ? (JSON.parse(readFileSync(SUMMARY, 'utf8')) as Record<string, unknown>)
    : {};
  summary[key] = { violations, passes, at: new Date().toISOString() };
  writeFileSync(SUMMARY, JSON.stringify(summary, null, 2));
}
