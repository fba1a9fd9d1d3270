// Mocha config for the pure-layer tests in Node: `npm run test:pure`, and the test runner that
// `npm run mutation` (stryker.config.mjs) drives. The same files also run in Chromium under
// web-test-runner as part of `npm test`; this run adds nothing to that gate.
'use strict';

module.exports = {
  require: ['./scripts/mutation/node/register.mjs'],
  extension: ['ts'],
  spec: ['test/model/**/*.test.ts', 'test/feed/**/*.test.ts', 'test/layout/**/*.test.ts'],
  // Tests that need the browser or the test server, so they run in Chromium only (none today:
  // the one dev-server command they use, readFile, has a stand-in, see hooks.mjs):
  ignore: [],
  // Roomier than the browser run: the robustness properties share two cores with Stryker.
  timeout: 30_000,
  reporter: 'dot',
};
