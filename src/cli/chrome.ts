/**
 * Finds a locally installed Chromium or Chrome for `sla-kit report --pdf`, in the order the
 * browser tests use (scripts/chrome.mjs): `$CHROME_PATH`, then /usr/bin/chromium, then
 * chromium, chromium-browser, google-chrome and google-chrome-stable on `PATH`. Unlike the test
 * setup it never installs anything: it says what is missing.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const DEFAULT_CHROME = '/usr/bin/chromium';
export const CHROME_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

export type ChromeLookup =
  { readonly path: string } | { readonly path: undefined; readonly problem: string };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to print with, or why there is none (one line). */
export function findChrome(env: NodeJS.ProcessEnv = process.env): ChromeLookup {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromEnv };
    return {
      path: undefined,
      problem: `CHROME_PATH is set to ${fromEnv}, which is not an executable file`,
    };
  }
  if (isExecutable(DEFAULT_CHROME)) return { path: DEFAULT_CHROME };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROME_NAMES) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return { path: file };
    }
  }
  return {
    path: undefined,
    problem: `no Chromium or Chrome found (looked at CHROME_PATH, ${DEFAULT_CHROME} and ${CHROME_NAMES.join(', ')} on PATH); install one or set CHROME_PATH`,
  };
}
