// Two projects: Node for content, cards and server; jsdom for the React pages.
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'commonjs', jsx: 'react-jsx', isolatedModules: true }, diagnostics: false },
];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    // The package's main entry is ESM; its UMD build runs in jest.
    '^adaptivecards$': '<rootDir>/node_modules/adaptivecards/dist/adaptivecards.min.js',
  },
  setupFiles: ['<rootDir>/tests/setup/noNetwork.js'],
  // The deployment test's caches (a Docker data root among them) are no source.
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/tests/browser/reporter.js'],
  // Fluent's accessibility tree is large: role queries in jsdom take seconds on a busy 2-core machine.
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/dom.ts'],
    },
  ],
};
