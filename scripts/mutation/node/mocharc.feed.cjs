// The feed's own tests only, for mutating src/feed (`npm run mutation -- --feed-tests`,
// docs/testing.md). The model's suites parse the whole sample while they load, which makes nearly
// every parser mutant a static one that reruns all tests in a fresh process; the feed's suites
// build their feeds inside the tests, so Stryker runs each mutant against the few tests that reach it.
'use strict';

const base = require('./mocharc.cjs');

module.exports = {
  ...base,
  // `--own-tests` (scripts/mutation.mjs) names the test files that import the mutated files
  spec: process.env.SLA_MUTATION_SPEC
    ? process.env.SLA_MUTATION_SPEC.split(',')
    : ['test/feed/**/*.test.ts'],
  ignore: [
    ...base.ignore,
    // seconds each (hundreds of thousands of breaches, thousands of random feeds): every mutant
    // they reach would rerun them; the rules suites state the same limits on small feeds
    'test/feed/hostile.test.ts',
    'test/feed/robustness.test.ts',
  ],
};
