// Mutation testing of the pure layers: `npm run mutation` (docs/testing.md).
// Tests run in Node under mocha (scripts/mutation/node/mocharc.cjs), with per-test coverage, so each
// mutant only reruns the tests that reach it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  // SLA_MUTATION_TESTS=feed (`npm run mutation -- --feed-tests`): only the feed's own tests.
  mochaOptions: {
    config:
      process.env.SLA_MUTATION_TESTS === 'feed'
        ? 'scripts/mutation/node/mocharc.feed.cjs'
        : 'scripts/mutation/node/mocharc.cjs',
  },
  mutate: [
    'src/model/**/*.ts',
    'src/feed/**/*.ts',
    'src/layout/**/*.ts',
    // re-exports and types only: nothing to mutate
    '!src/**/index.ts',
    '!src/feed/types.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine has 2 cores: never more than 2 test runner processes.
  concurrency: 2,
  // A static mutant is one reached while modules and test files load (the feed schema is built at
  // import, many suites parse their feed at the top). It needs a fresh process and every test per
  // mutant: 46 % of the mutants and 96 % of the time. The default run leaves them out (reported as
  // ignored); `npm run mutation -- --full` includes them (docs/testing.md).
  ignoreStatic: process.env.SLA_MUTATION_STATIC !== '1',
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: [
    'dist',
    'coverage',
    'storybook-static',
    'bench',
    'demo',
    'stories',
    'reports',
    'test/elements/**',
    // a scanning helper the pure-layer scope tests import as well
    '!test/elements/shared/scope-scan.ts',
    'test/node',
    'custom-elements.json',
  ],
};
