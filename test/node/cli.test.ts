import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli, cliCommand, root } from './cli-runner.js';

interface Expected {
  path: string;
  code: string;
  messageIncludes?: string;
}
interface FeedCase extends Partial<Expected> {
  file: string;
  description: string;
  layer: string;
  options?: Record<string, number>;
  warnings?: Expected[];
}

const fixtures = join(root, 'test', 'fixtures');
const cases = JSON.parse(
  readFileSync(join(fixtures, 'invalid', 'cases.json'), 'utf8'),
) as FeedCase[];
const STACK = /\n\s+at .+[(:]\d+/;
const limitArgs = (options: Record<string, number> = {}): string[] =>
  Object.entries(options).flatMap(([name, value]) => ['--limit', `${name}=${value}`]);

describe(`sla-kit validate (${cliCommand.slice(1).join(' ')})`, () => {
  test('accepts the sample feed with a one-line summary and exit 0', () => {
    const r = cli(['validate', join(fixtures, 'sample-feed.json')]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(
      r.stdout,
      'valid: 5 customers, 16 agreements, 29 objectives, 720 periods, 36 breaches (no warnings)\n',
    );
  });

  test('accepts the minimal feed', () => {
    const r = cli(['validate', join(fixtures, 'minimal-feed.json')]);
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /^valid: 0 customers, 1 agreement, 1 objective, 1 period, 0 breaches \(no warnings\)\n$/,
    );
  });

  test('reads standard input with -', () => {
    const r = cli(['validate', '-'], readFileSync(join(fixtures, 'sample-feed.json')));
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^valid: 5 customers/);
    const bad = cli(['validate', '-'], '{"schemaVersion": 1,');
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^error {3}\(feed\): The feed is not valid JSON at line 1, column 21/);
  });

  test('drops a UTF-8 byte order mark like a browser does', () => {
    const text = readFileSync(join(fixtures, 'minimal-feed.json'));
    const r = cli(['validate', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
    assert.equal(r.status, 0, r.stdout);
  });

  for (const c of cases.filter((x) => x.layer !== 'warning')) {
    test(`rejects ${c.file} naming ${c.path || '(feed)'}, exit 1`, () => {
      const r = cli(['validate', join(fixtures, 'invalid', c.file), ...limitArgs(c.options)]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      const line = r.stdout
        .split('\n')
        .find((l) => l.startsWith(`error   ${c.path || '(feed)'}: `));
      assert.ok(line, `no line for ${c.path} in:\n${r.stdout}`);
      if (c.messageIncludes) assert.ok(line.includes(c.messageIncludes), line);
      assert.match(r.stdout, /\ninvalid: \d+ errors?( \(validation stopped at maxIssues\))?\n$/);
      assert.doesNotMatch(r.stdout + r.stderr, STACK);
    });
  }

  for (const c of cases.filter((x) => x.layer === 'warning')) {
    test(`accepts ${c.file} and marks its ${c.warnings!.length} warning(s), exit 0`, () => {
      const r = cli(['validate', join(fixtures, 'invalid', c.file)]);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.slice(0, -1).map((l) => l.slice(0, l.indexOf(': '))),
        c.warnings!.map((w) => `warning ${w.path}`),
      );
      const n = c.warnings!.length;
      assert.match(
        lines.at(-1)!,
        new RegExp(`^valid: .*\\((${n === 0 ? 'no warnings' : `${n} warnings?`})\\)$`),
      );
      const quiet = cli(['validate', '--quiet', join(fixtures, 'invalid', c.file)]);
      assert.equal(quiet.stdout.split('\n').filter(Boolean).length, 1);
    });
  }

  for (const c of cases.filter((x) => x.layer === 'warning' && x.warnings!.length > 0)) {
    test(`--strict rejects ${c.file}: its warning(s) count as errors, exit 1`, () => {
      const r = cli(['validate', '--strict', '--quiet', join(fixtures, 'invalid', c.file)]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(
        lines.slice(0, -1).map((l) => l.slice(0, l.indexOf(': '))),
        c.warnings!.map((w) => `warning ${w.path}`),
      );
      const n = c.warnings!.length;
      assert.equal(
        lines.at(-1),
        `invalid (--strict): ${n === 1 ? '1 warning counts as an error' : `${n} warnings count as errors`}`,
      );
    });
  }

  test('--strict accepts a feed without warnings, exit 0', () => {
    const r = cli(['validate', '--strict', join(fixtures, 'sample-feed.json')]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /^valid: 5 customers, .* \(no warnings\)\n$/);
  });

  test('reports an unreadable file in one line, exit 2, no stack trace', () => {
    const r = cli(['validate', join(fixtures, 'does-not-exist.json')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^sla-kit: cannot read .*does-not-exist\.json: no such file\n$/);
    const dir = cli(['validate', fixtures]);
    assert.equal(dir.status, 2);
    assert.doesNotMatch(r.stderr + dir.stderr, STACK);
  });

  test('reports binary garbage as invalid JSON, exit 1', () => {
    const r = cli(['validate', '-'], new Uint8Array([0, 1, 2, 255, 254, 10, 123]));
    assert.equal(r.status, 1);
    assert.match(r.stdout, /not valid JSON at line 1, column 1/);
  });

  test('rejects bad options with usage, exit 2', () => {
    for (const args of [
      ['validate'],
      ['validate', 'a.json', 'b.json'],
      ['validate', '--frob', 'a.json'],
      ['validate', '--limit', 'maxNothing=1', 'a.json'],
    ]) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^sla-kit: .+\n\nUsage: sla-kit/);
    }
  });
});

describe('sla-kit schema, help and unknown commands', () => {
  test('schema prints the JSON Schema (draft 2020-12)', () => {
    const r = cli(['schema']);
    assert.equal(r.status, 0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['schemaVersion', 'provider', 'agreements']);
  });

  test('--help and help print usage, exit 0; no arguments prints usage, exit 2', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = cli(args);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^Usage: sla-kit <command>/);
      assert.match(r.stdout, /validate <file\|->/);
      assert.match(r.stdout, /slice --customer <id> <file\|->/);
      assert.match(
        r.stdout,
        /--strict +Treat warnings \(unknown fields, suspicious values\) as errors/,
      );
    }
    const none = cli([]);
    assert.equal(none.status, 2);
    assert.match(none.stdout, /^Usage: sla-kit/);
  });

  test('an unknown command prints usage, exit 2', () => {
    const r = cli(['frobnicate']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^sla-kit: unknown command "frobnicate"\n\nUsage: sla-kit/);
    assert.equal(r.stdout, '');
  });
});
