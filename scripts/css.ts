// The prerenderer's CSS steps as pure functions over its own output, so the build and their tests share one rule:
// keep the style rules the markup can use, and the theme tokens those rules read.

/**
 * Splits CSS text into its top-level rules (`.a{…}`, `@media …{.b{…}}`), as Griffel writes them: one rule each.
 * Braces inside strings (`content:"{"`) do not count.
 */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const char = css[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      const rule = css.slice(start, i + 1).trim();
      if (rule) rules.push(rule);
      start = i + 1;
    }
  }
  const rest = css.slice(start).trim();
  if (rest) rules.push(rest);
  return rules;
}

/** The selectors of a rule, without at-rule preludes: `@media x{.a:hover,.b{…}}` gives `.a:hover` and `.b`. */
function selectorsOf(rule: string): string[] {
  const selectors: string[] = [];
  let quote: string | null = null;
  let segment = '';
  for (let i = 0; i < rule.length; i++) {
    const char = rule[i]!;
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{') {
      const prelude = segment.trim();
      if (prelude && !prelude.startsWith('@')) selectors.push(...prelude.split(','));
      segment = '';
    } else if (char === '}' || char === ';') segment = '';
    else segment += char;
  }
  return selectors;
}

const CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;

/**
 * Whether a rule can apply to markup that has these class names: a rule without a class selector (`body`,
 * `@keyframes`) always can, another one when one of its selectors names only classes the markup has.
 */
export function ruleApplies(rule: string, classes: ReadonlySet<string>): boolean {
  const selectors = selectorsOf(rule);
  const named = selectors.map((selector) => [...selector.matchAll(CLASS)].map((match) => match[1]!));
  if (named.every((names) => names.length === 0)) return true;
  return named.some((names) => names.length > 0 && names.every((name) => classes.has(name)));
}

/** The class names used in HTML markup (`class="a b"`). */
export function classesIn(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/** The custom properties CSS text reads: `var(--name` and `var(--name,`. */
export function tokensRead(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!));
}

/** One theme rule as FluentProvider writes it: `.cls { --a: 1; --b: var(--a); }`. */
export type ThemeRule = { selector: string; tokens: Map<string, string> };

export function parseThemeRule(rule: string): ThemeRule {
  const open = rule.indexOf('{');
  const close = rule.lastIndexOf('}');
  if (open < 0 || close < open) throw new Error(`not a CSS rule: ${rule.slice(0, 80)}`);
  const tokens = new Map<string, string>();
  for (const match of rule.slice(open + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]*?)\s*(?:;|$)/g))
    tokens.set(match[1]!, match[2]!);
  return { selector: rule.slice(0, open).trim(), tokens };
}

/**
 * The theme rule with only the tokens `css` reads, and the tokens those read in turn. What the page does not read
 * at first paint, FluentProvider sets when the page becomes interactive (it writes the whole theme then).
 */
export function pruneThemeRule(theme: ThemeRule, css: string): string {
  const kept = new Set<string>();
  const pending = [...tokensRead(css)];
  while (pending.length) {
    const name = pending.pop()!;
    const value = theme.tokens.get(name);
    if (value === undefined || kept.has(name)) continue;
    kept.add(name);
    pending.push(...tokensRead(value));
  }
  const declarations = [...theme.tokens].filter(([name]) => kept.has(name));
  return `${theme.selector}{${declarations.map(([name, value]) => `${name}:${value}`).join(';')}}`;
}
