// ESLint enforces the import directions (README, Hoe het werkt) and the rules of hooks: each rule must fire on code that
// breaks it, and stay quiet on code that keeps it. ESLint runs in its own process (its config is ESM).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

type Case = { file: string; code: string };

/** Lints each snippet as if it were the given file; returns the rule ids that fired, per snippet. */
function lint(cases: Case[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(ROOT)} });
      const cases = JSON.parse(process.argv[1]);
      const out = [];
      for (const c of cases) {
        const [result] = await eslint.lintText(c.code, { filePath: c.file });
        out.push(result.messages.map((m) => m.ruleId));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(cases)], { cwd: ROOT });
  return JSON.parse(output.toString()) as string[][];
}

const use = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

const refused: [string, Case][] = [
  ['content importing cards', { file: 'src/content/x.ts', code: use('../cards') }],
  ['content importing React', { file: 'src/content/x.ts', code: use('react') }],
  ['cards importing the server', { file: 'src/cards/x.ts', code: use('../server/app') }],
  ['cards importing teams', { file: 'src/cards/x.ts', code: use('../teams') }],
  ['the tab importing cards', { file: 'src/tab/tab/x.ts', code: use('../../cards') }],
  ['the tab importing the server', { file: 'src/tab/shared/hooks/x.ts', code: use('../../../server/pages') }],
  ['the tab importing teams-js', { file: 'src/tab/x.ts', code: use('@microsoft/teams-js') }],
  ['the server importing the tab', { file: 'src/server/x.ts', code: use('../tab/pages') }],
  ['the server importing teams', { file: 'src/server/messageExtension/x.ts', code: use('../../teams') }],
  ['teams importing cards', { file: 'src/teams/x.ts', code: use('../cards') }],
];
const allowed: [string, Case][] = [
  ['cards importing content', { file: 'src/cards/x.ts', code: use('../content') }],
  ['the tab importing content', { file: 'src/tab/tab/x.ts', code: use('../../content') }],
  ['the tab importing teams', { file: 'src/tab/shared/x.ts', code: use('../../teams') }],
  [
    'a tab page importing another tab folder',
    { file: 'src/tab/config/x.ts', code: use('../tab/sparMessage') },
  ],
  ['the server importing cards', { file: 'src/server/x.ts', code: use('../cards') }],
  ['teams importing teams-js', { file: 'src/teams/x.ts', code: use('@microsoft/teams-js') }],
];

const hooks: Case[] = [
  {
    file: 'src/tab/shared/hooks/useX.ts',
    code: `import { useRef } from 'react';\nexport function useX(v: number) {\n  const r = useRef(v);\n  r.current = v;\n  return r;\n}\n`,
  },
  {
    file: 'src/tab/shared/X.tsx',
    code: `import { useState } from 'react';\nexport function X({ on }: { on: boolean }) {\n  if (on) {\n    const [v] = useState(1);\n    return <p>{v}</p>;\n  }\n  return null;\n}\n`,
  },
];

describe('ESLint', () => {
  let results: string[][];
  beforeAll(() => {
    results = lint([...refused.map(([, c]) => c), ...allowed.map(([, c]) => c), ...hooks]);
  }, 60_000);

  it.each(refused.map(([name], i) => [name, i] as const))('refuses %s', (_name, i) => {
    expect(results[i]).toContain('no-restricted-imports');
  });

  it.each(allowed.map(([name], i) => [name, refused.length + i] as const))('allows %s', (_name, i) => {
    expect(results[i]).not.toContain('no-restricted-imports');
  });

  it('refuses a ref written during render, and a hook called conditionally', () => {
    const offset = refused.length + allowed.length;
    expect(results[offset]).toContain('react-hooks/refs');
    expect(results[offset + 1]).toContain('react-hooks/rules-of-hooks');
  });
});
