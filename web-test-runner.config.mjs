// Browser tests: test/**/*.test.ts in headless Chromium (Debian's, see scripts/chrome.mjs).
// Node-only tests live in test/node/ and run under node --test (scripts/test.mjs).
// `npm run test:unit` runs these alone; add `--coverage` for the feed/model coverage gate, and
// `--files test/path/x.test.ts` to focus one file.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // a11ySnapshot(): the browser's accessibility tree, for tests of what a screen reader reads;
  // executeServerCommand('emulate-forced-colors', { active }): forced colours on and off.
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'auto' }),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), args: chromeArgs },
      // Each test page in a window of its own: a page in a background tab of a shared window
      // gets no animation frames, so resize observations (and rAF-aligned input) never arrive.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  // Two cores here: one browser, two test files at a time keeps timings stable.
  concurrentBrowsers: 1,
  concurrency: 2,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
  // Only with --coverage. The pure layers carry the gate; elements are covered by behaviour tests.
  coverageConfig: {
    include: ['src/feed/**', 'src/model/**'],
    exclude: ['**/node_modules/**', 'test/**'],
    // Every key is required by the type; only `lines` is gated.
    threshold: { lines: 90, statements: 0, branches: 0, functions: 0 },
    reportDir: 'coverage',
    reporters: ['lcov'],
  },
  // Tests run Lit in dev mode on purpose (extra warnings); its banner is just noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};
