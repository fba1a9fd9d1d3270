// Finds the Chromium/Chrome binary the browser tests run in.
// Order: $CHROME_PATH, /usr/bin/chromium, then chromium / chromium-browser / google-chrome(-stable)
// on PATH. When none is found and we are root with apt-get (CI, fresh dev machines), install
// Debian's chromium + fonts-liberation (stable text metrics) once and look again. Otherwise say
// exactly what to install or set, and exit 1. We never download a browser build of our own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Headless flags for running as root in containers (see shared design notes on the toolchain). */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  // Debian's wrapper script does not add this itself; /dev/shm is tiny in containers.
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEFAULT_PATH = '/usr/bin/chromium';
const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const APT_PACKAGES = ['chromium', 'fonts-liberation'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function locate() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
    process.exit(1);
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;
  for (const name of NAMES_ON_PATH) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && Boolean(onPath('apt-get'));
}

function aptInstall() {
  console.error(`No Chromium found; installing ${APT_PACKAGES.join(' ')} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...APT_PACKAGES]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
      return false;
    }
  }
  return true;
}

/**
 * Path of the Chromium/Chrome executable; installs it with apt-get when possible, otherwise
 * prints what to do and exits the process with status 1.
 * @returns {string}
 */
export function findChrome() {
  const found = locate();
  if (found) return found;
  if (canInstallWithApt() && aptInstall()) {
    const installed = locate();
    if (installed) return installed;
  }
  console.error(
    [
      'Chromium/Chrome is needed for the browser tests and was not found.',
      `  Debian/Ubuntu:  apt-get install ${APT_PACKAGES.join(' ')}`,
      '  or set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

// `node scripts/chrome.mjs` prints the path (handy for other tools and for debugging).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(findChrome());
}
