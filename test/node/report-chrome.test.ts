/**
 * `sla-kit report --pdf` finds its Chromium as the browser tests do: src/cli/chrome.ts (shipped in
 * the CLI) against scripts/chrome.mjs (the test setup), on the same environment.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findChrome } from '../../src/cli/chrome.js';
import { root } from './cli-runner.js';

const scratch = mkdtempSync(join(tmpdir(), 'sla-chrome-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function fake(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

/** What scripts/chrome.mjs prints (or its exit status) with this environment. */
function testSetupFinds(env: NodeJS.ProcessEnv): string | number {
  // PATH for node itself stays; the lookup reads the PATH given in the environment.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'chrome.mjs')], {
    env,
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trim() : (r.status ?? -1);
}

describe('finding Chromium for --pdf', () => {
  test('CHROME_PATH first, as the test setup', () => {
    const chrome = fake(join(scratch, 'own'), 'my-chrome');
    const env = { PATH: '', CHROME_PATH: chrome };
    assert.deepEqual(findChrome(env), { path: chrome });
    assert.equal(testSetupFinds(env), chrome);
  });

  test('then the same default and the same names on PATH, in the same order', () => {
    const a = join(scratch, 'a');
    const b = join(scratch, 'b');
    fake(a, 'google-chrome');
    fake(b, 'chromium-browser');
    const env = { PATH: `${a}:${b}` };
    const found = findChrome(env);
    assert.ok(found.path);
    // /usr/bin/chromium where it exists, else chromium-browser (listed before google-chrome).
    assert.ok([join(b, 'chromium-browser'), '/usr/bin/chromium'].includes(found.path));
    assert.equal(testSetupFinds(env), found.path);
  });

  test('a CHROME_PATH that is not executable is a one-line problem, not a silent fallback', () => {
    const env = { PATH: '', CHROME_PATH: join(scratch, 'missing') };
    assert.deepEqual(findChrome(env), {
      path: undefined,
      problem: `CHROME_PATH is set to ${join(scratch, 'missing')}, which is not an executable file`,
    });
    assert.equal(testSetupFinds(env), 1);
  });
});
