// `npm test`: the whole gate, ending with one countable line `N passed, N failed`.
//   1. find Chromium (scripts/chrome.mjs; apt-get installs it when we are root)
//   2. npm run build
//   3. browser tests: web-test-runner --coverage (counts from scripts/wtr-count-reporter.mjs)
//   4. node tests: test/node/**/*.test.ts with node --test via tsx (counts from a TAP copy)
//   5. size budgets: scripts/size-budgets.json, one test per entry, the whole page, npm bundles
//   6. stories: storybook build + scripts/check-stories.mjs (page errors and axe, one test per story)
// A step that crashes (or exits non-zero with no failed test to show for it, e.g. the coverage
// threshold) counts as one failure. Exit status is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  besideBytes,
  gzipBytes as gzipFile,
  kB,
  npmEntryBytes,
  pageBytes,
  standaloneManifest,
} from './bundle-size.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const at = (...parts) => join(root, ...parts);
const scratch = mkdtempSync(join(tmpdir(), 'sla-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function heading(text) {
  console.log(`\n=== ${text}`);
}

function fail(reason) {
  totals.failed += 1;
  problems.push(reason);
  console.log(`!!! ${reason}`);
}

function add(counts, label) {
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  console.log(
    `--- ${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return {
    status: result.error ? -1 : (result.status ?? -1),
    error: result.error,
    stdout: result.stdout,
  };
}

/** Files under dir (recursive) matching the predicate on their repo-relative posix path. */
function findFiles(dir, predicate) {
  if (!existsSync(at(dir))) return [];
  return readdirSync(at(dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(root, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    .filter(predicate)
    .sort();
}

// 1. Chromium ---------------------------------------------------------------------------------
heading('chromium');
let chromePath;
{
  const result = run(process.execPath, [at('scripts/chrome.mjs')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status === 0) {
    chromePath = String(result.stdout).trim();
    console.log(chromePath);
  } else {
    fail('no Chromium: browser tests cannot run');
  }
}

// 2. Build ------------------------------------------------------------------------------------
heading('npm run build');
{
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = run(npm, ['run', 'build'], { env: { ...process.env, SLA_BUILD_QUIET: '1' } });
  if (result.status !== 0) fail(`npm run build failed (exit ${result.status})`);
}

// 3. Browser tests ----------------------------------------------------------------------------
heading('browser tests (web-test-runner --coverage)');
if (!chromePath) {
  console.log('skipped: no Chromium');
} else if (
  findFiles('test', (f) => f.endsWith('.test.ts') && !f.startsWith('test/node/')).length === 0
) {
  console.log('skipped: no test/**/*.test.ts outside test/node/');
} else {
  const countsFile = join(scratch, 'wtr-counts.json');
  const result = run(at('node_modules/.bin/web-test-runner'), ['--coverage'], {
    env: { ...process.env, CHROME_PATH: chromePath, SLA_TEST_COUNTS_FILE: countsFile },
  });
  if (!existsSync(countsFile)) {
    fail(`web-test-runner crashed before reporting (exit ${result.status})`);
  } else {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    add(counts, 'browser tests');
    if (result.status !== 0 && counts.failed === 0) {
      fail('web-test-runner exited non-zero with no failed test (coverage threshold?)');
    }
  }
}

// 4. Node tests -------------------------------------------------------------------------------
heading('node tests (node --test, test/node/)');
{
  // Node 20's --test neither expands globs nor picks up .ts files in a directory: list them.
  const files = findFiles('test/node', (f) => f.endsWith('.test.ts'));
  if (files.length === 0) {
    console.log('skipped: no test/node/**/*.test.ts');
  } else {
    const tapFile = join(scratch, 'node.tap');
    const result = run(process.execPath, [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ]);
    const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
    const summary = (key) => {
      const match = new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap);
      return match ? Number(match[1]) : undefined;
    };
    const pass = summary('pass');
    const failed = summary('fail');
    if (pass === undefined || failed === undefined) {
      fail(`node --test crashed before its summary (exit ${result.status})`);
    } else {
      const counts = {
        passed: pass,
        failed: failed + (summary('cancelled') ?? 0),
        skipped: (summary('skipped') ?? 0) + (summary('todo') ?? 0),
      };
      add(counts, 'node tests');
      if (result.status !== 0 && counts.failed === 0) fail(`node --test exited ${result.status}`);
    }
  }
}

// 5. Size budgets -----------------------------------------------------------------------------
heading('size budgets (gzip -9; an entry counts with the chunks it imports)');
{
  // scripts/bundle-size.mjs: an entry counts with the shared chunks it imports (Vite manifest).
  const { withImports } = standaloneManifest(root);
  const gzipBytes = (file) => gzipFile(at(file));

  const budgets = JSON.parse(readFileSync(at('scripts/size-budgets.json'), 'utf8'));
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [file, maxBytes] of Object.entries(budgets)) {
    if (file.startsWith('//')) continue;
    // "page": every standalone entry on one page; "npm:<entry>": an app's esbuild bundle of the
    // npm entry dist/<entry> (scripts/bundle-size.mjs).
    // "<entry> beside <entry>": what the first adds on a page that already loads the second.
    const beside = file.split(' beside ');
    if (file === 'page' || file.startsWith('npm:') || beside.length === 2) {
      let bytes = -1;
      try {
        bytes =
          file === 'page'
            ? pageBytes(root).gzip
            : beside.length === 2
              ? besideBytes(root, beside[0], beside[1]).gzip
              : (await npmEntryBytes(root, file.slice(4))).gzip;
      } catch (error) {
        console.log(`  ✗ ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const ok = bytes >= 0 && bytes <= maxBytes;
      if (ok) counts.passed += 1;
      else counts.failed += 1;
      if (bytes >= 0) console.log(`  ${ok ? '✓' : '✗'} ${file}: ${kB(bytes)} of ${kB(maxBytes)}`);
      continue;
    }
    if (!existsSync(at(file))) {
      counts.failed += 1;
      console.log(`  ✗ ${file}: missing (budget ${kB(maxBytes)})`);
      continue;
    }
    const files = withImports(file);
    const bytes = files.reduce((sum, f) => sum + gzipBytes(f), 0);
    const ok = bytes <= maxBytes;
    if (ok) counts.passed += 1;
    else counts.failed += 1;
    const chunks =
      files.length > 1 ? ` (entry + ${files.length - 1} chunk${files.length > 2 ? 's' : ''})` : '';
    console.log(`  ${ok ? '✓' : '✗'} ${file}: ${kB(bytes)}${chunks} of ${kB(maxBytes)}`);
  }
  add(counts, 'size budgets');
}

// 6. Stories ---------------------------------------------------------------------------------
heading('stories (storybook build, then every story in Chromium: errors + axe)');
if (!chromePath) {
  console.log('skipped: no Chromium');
} else if (findFiles('stories', (f) => f.endsWith('.stories.ts')).length === 0) {
  console.log('skipped: no stories/**/*.stories.ts');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const built = run(npm, ['run', 'build-storybook']);
  if (built.status !== 0) {
    fail(`storybook build failed (exit ${built.status})`);
  } else {
    const countsFile = join(scratch, 'stories-counts.json');
    const result = run(
      process.execPath,
      [at('scripts/check-stories.mjs'), '--counts', countsFile],
      {
        env: { ...process.env, CHROME_PATH: chromePath },
      },
    );
    if (!existsSync(countsFile)) fail(`story check crashed (exit ${result.status})`);
    else add(JSON.parse(readFileSync(countsFile, 'utf8')), 'stories');
  }
}

rmSync(scratch, { recursive: true, force: true });
if (problems.length > 0) console.log(`\nproblems:\n  ${problems.join('\n  ')}`);
if (totals.skipped > 0) console.log(`(${totals.skipped} skipped)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
