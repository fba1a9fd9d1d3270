// Stand-in for `@web/test-runner-commands` in the Node run of the pure-layer tests: `readFile`,
// the one command they use (test/feed/invalid.test.ts reads its fixture files with it). As in the
// browser run, the path is relative to the test file that asks, found here from the call stack.
import { readFile as read } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** The test file that called: the first file of the stack under a `test/` folder. */
function callerDir() {
  const stack = new Error().stack ?? '';
  // frames name a file URL or a plain path (tsx's source maps)
  for (const match of stack.matchAll(/((?:file:\/\/)?\/[^\s()]+?):\d+:\d+/g)) {
    const file = match[1].startsWith('file:') ? fileURLToPath(match[1]) : match[1];
    if (file !== here && /[\\/]test[\\/]/.test(file)) return dirname(file);
  }
  throw new Error('readFile: no test file on the call stack');
}

/** Like the dev-server command: the text of the file, or undefined when there is none. */
export async function readFile({ path, encoding = 'utf8' }) {
  const file = resolve(callerDir(), path);
  try {
    return await read(file, encoding);
  } catch (error) {
    if (error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
