import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TEAMS_JS = { group: ['@microsoft/teams-js'], message: 'Only src/teams/ talks to teams-js.' };

/** A relative import of another layer of src/ (e.g. `../../cards`), which the layer may not use. */
const layers = (names, why) => ({ regex: `^(\\.\\./)+(${names.join('|')})(/.*)?$`, message: why });

/**
 * The import directions (README, Hoe het werkt): content <- cards <- (tab, server); teams <- tab. `content` and `cards` run
 * in browser and Node alike, so they import no framework either.
 */
const directions = {
  'src/content/**': [
    layers(
      ['cards', 'tab', 'server', 'teams'],
      'src/content is the bottom layer: it imports no other layer.',
    ),
    {
      regex: '^(react|react-dom|express|@fluentui/.*|@microsoft/.*)(/.*)?$',
      message: 'src/content is pure data.',
    },
  ],
  'src/cards/**': [
    layers(['tab', 'server', 'teams'], 'src/cards builds cards from src/content only.'),
    {
      regex: '^(react|react-dom|express|@fluentui/.*|@microsoft/.*)(/.*)?$',
      message: 'src/cards is pure functions.',
    },
  ],
  'src/teams/**': [
    layers(['cards', 'tab', 'server'], 'src/teams adapts teams-js; it uses src/content only.'),
  ],
  'src/tab/**': [
    layers(['cards', 'server'], 'The tab imports src/content and src/teams, never cards or server.'),
  ],
  'src/server/**': [
    layers(['tab', 'teams'], 'The server imports src/content and src/cards, never the tab or teams-js.'),
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'appPackage/build/',
      'node_modules/',
      'test-results/',
      '.cache/',
      '.deploy/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [TEAMS_JS] }],
    },
  },
  ...Object.entries(directions).map(([folder, patterns]) => ({
    files: [`${folder}/*.ts`, `${folder}/*.tsx`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: folder === 'src/teams/**' ? patterns : [TEAMS_JS, ...patterns] },
      ],
    },
  })),
  { files: ['tests/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['src/tab/**/*.ts', 'src/tab/**/*.tsx', 'tests/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  prettier,
);
