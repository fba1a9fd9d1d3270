// @web/test-runner reporter that writes the totals of individual tests as JSON
// ({ passed, failed, skipped }) to the file named by $SLA_TEST_COUNTS_FILE, so scripts/test.mjs
// can print one `N passed, N failed` line. Used next to the default reporter; prints nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** @typedef {import('@web/test-runner').TestSuiteResult} TestSuiteResult */
/** @typedef {import('@web/test-runner').TestSession} TestSession */

/**
 * @param {TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** @param {TestSession[]} sessions */
export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const failedBefore = counts.failed;
    countSuite(session.testResults, counts);
    // A file that failed to load, threw at top level, timed out or failed in a hook has errors
    // but no failed test: count the session itself once so it cannot vanish from the totals.
    if (session.passed === false && counts.failed === failedBefore) counts.failed += 1;
  }
  return counts;
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter({ file = process.env.SLA_TEST_COUNTS_FILE } = {}) {
  return {
    stop({ sessions }) {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(countSessions(sessions))}\n`);
    },
  };
}
