import { teamsDarkTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import {
  classesIn,
  parseThemeRule,
  pruneThemeRule,
  ruleApplies,
  tokensRead,
  topLevelRules,
} from '../../scripts/css';

/** A theme rule as FluentProvider writes one into the page. */
const themeRule = (theme: Theme) =>
  `.fui-FluentProvider_R_0_ { ${Object.entries(theme)
    .map(([name, value]) => `--${name}: ${String(value)};`)
    .join(' ')}  }`;

describe("the prerenderer's CSS steps", () => {
  it('splits CSS into its top-level rules, at-rules whole, braces in strings ignored', () => {
    expect(
      topLevelRules('.a{color:red;}@media (min-width: 900px){.b{gap:0;}.c{gap:1px;}}.d::after{content:"{";}'),
    ).toEqual([
      '.a{color:red;}',
      '@media (min-width: 900px){.b{gap:0;}.c{gap:1px;}}',
      '.d::after{content:"{";}',
    ]);
  });

  it('reads the class names of the markup', () => {
    expect([
      ...classesIn('<div class="a  b"><p class="c">x.d</p><span data-class="e"></span></div>'),
    ]).toEqual(['a', 'b', 'c']);
  });

  it('keeps the rules whose selectors the markup can match, and rules without classes', () => {
    const markup = new Set(['used', 'also']);
    expect(ruleApplies('.used{color:red;}', markup)).toBe(true);
    expect(ruleApplies('.unused{color:red;}', markup)).toBe(false);
    expect(ruleApplies('.used:hover:active,.unused:focus{color:red;}', markup)).toBe(true);
    expect(ruleApplies('@media (forced-colors: active){.unused{color:Highlight;}}', markup)).toBe(false);
    expect(ruleApplies('@supports (-moz-appearance:button){.used[data-x]{color:red;}}', markup)).toBe(true);
    expect(ruleApplies('.used .unused{color:red;}', markup)).toBe(false);
    expect(ruleApplies('body{margin:0}', markup)).toBe(true);
    expect(ruleApplies('@keyframes spin{from{opacity:0}to{opacity:1}}', markup)).toBe(true);
    // Dots in a declaration (a data URL) are no class names.
    expect(
      ruleApplies(
        '.used::before{mask-image:url("data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\'/%3E");}',
        markup,
      ),
    ).toBe(true);
  });

  it('lists the custom properties CSS reads', () => {
    expect([
      ...tokensRead('.a{color:var(--colorA);border:var( --strokeB ) solid var(--colorC, red);}'),
    ]).toEqual(['--colorA', '--strokeB', '--colorC']);
  });

  it('keeps only the theme tokens the page reads, and the tokens those read', () => {
    const theme = parseThemeRule(
      '.p { --a: 1px; --b: var(--c); --c: red; --d: blue; --e: 0 0 2px rgba(0,0,0,0.3);  }',
    );
    expect(pruneThemeRule(theme, '.x{width:var(--a);color:var(--b);}')).toBe(
      '.p{--a:1px;--b:var(--c);--c:red}',
    );
    expect(pruneThemeRule(theme, '.x{box-shadow:var(--e);}')).toBe('.p{--e:0 0 2px rgba(0,0,0,0.3)}');
    expect(pruneThemeRule(theme, '.x{color:var(--unknown);}')).toBe('.p{}');
  });

  it('prunes each variant from its own CSS: a token read only in dark stays in dark', () => {
    const light = parseThemeRule(themeRule(teamsLightTheme));
    const dark = parseThemeRule(themeRule(teamsDarkTheme));
    expect(light.tokens.size).toBeGreaterThan(400);
    const lightCss =
      '.page{background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);}';
    const darkCss = `${lightCss}.glow{box-shadow:var(--shadow4Brand);}`;
    const lightTokens = parseThemeRule(pruneThemeRule(light, lightCss)).tokens;
    const darkTokens = parseThemeRule(pruneThemeRule(dark, darkCss)).tokens;
    expect([...lightTokens.keys()]).toEqual(['--colorNeutralForeground1', '--colorNeutralBackground1']);
    expect([...darkTokens.keys()]).toEqual([
      '--colorNeutralForeground1',
      '--colorNeutralBackground1',
      '--shadow4Brand',
    ]);
    expect(darkTokens.get('--colorNeutralBackground1')).toBe(teamsDarkTheme.colorNeutralBackground1);
    expect(darkTokens.get('--shadow4Brand')).toBe(teamsDarkTheme.shadow4Brand);
  });
});
