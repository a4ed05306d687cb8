// The real-browser suite: Debian's Chromium driven by playwright-core against the production build.
// Run with `npm run test:browser` (builds first when dist/ is missing or older than the sources).
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', jsx: 'react-jsx', isolatedModules: true }, diagnostics: false },
    ],
  },
  globalSetup: '<rootDir>/tests/browser/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/browser/setup/globalTeardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/browser/setup/afterEach.ts'],
  testTimeout: 60_000,
  slowTestThreshold: 20,
  verbose: true,
  reporters: ['default', '<rootDir>/tests/browser/reporter.js'],
};
