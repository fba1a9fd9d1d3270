import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parseFeed } from '../../src/feed/index.js';
import { cli, root } from './cli-runner.js';

const sampleFile = join(root, 'test', 'fixtures', 'sample-feed.json');
const sampleText = readFileSync(sampleFile, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'sla-slice-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const OTHERS = ['fabrikam', 'Fabrikam Logistics', 'tailspin', 'Tailspin Health'];

describe('sla-kit slice', () => {
  test('--customer prints one valid feed holding that customer only, exit 0', () => {
    const r = cli(['slice', '--customer', 'contoso', sampleFile]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const parsed = parseFeed(r.stdout);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3)));
    assert.deepEqual(
      parsed.feed.customers.map((c) => c.name),
      ['Contoso Retail GmbH'],
    );
    for (const other of OTHERS) assert.ok(!r.stdout.includes(other), other);
  });

  test('reads standard input with -', () => {
    const r = cli(['slice', '--customer', 'tailspin', '-'], sampleText);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as { agreements: { id: string }[] }).agreements.map((a) => a.id),
      ['nw-corporate', 'tailspin-msa', 'tailspin-soc', 'tailspin-portal'],
    );
  });

  test('an unknown customer is one clear line naming the known ones, exit 1', () => {
    const r = cli(['slice', '--customer', 'initech', sampleFile]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'sla-kit: customer "initech" is not in the feed (its customers: contoso, fabrikam, tailspin, wingtip, litware)\n',
    );
  });

  test('--all --out writes one feed per customer and an index, exit 0', () => {
    const out = join(scratch, 'all');
    const r = cli(['slice', '--all', '--out', out, sampleFile]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `sliced: 5 customers to ${out} (index.json lists them)\n`);
    assert.deepEqual(readdirSync(out).sort(), [
      'contoso.json',
      'fabrikam.json',
      'index.json',
      'litware.json',
      'tailspin.json',
      'wingtip.json',
    ]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      customers: { id: string; file: string; agreements: number }[];
    };
    assert.deepEqual(
      index.customers.map((c) => [c.id, c.file, c.agreements]),
      [
        ['contoso', 'contoso.json', 4],
        ['fabrikam', 'fabrikam.json', 4],
        ['tailspin', 'tailspin.json', 4],
        ['wingtip', 'wingtip.json', 5],
        ['litware', 'litware.json', 1],
      ],
    );
    const fabrikam = readFileSync(join(out, 'fabrikam.json'), 'utf8');
    assert.ok(parseFeed(fabrikam).ok);
    for (const other of ['contoso', 'Contoso Retail', 'tailspin', 'Tailspin Health'])
      assert.ok(!fabrikam.includes(other), other);
  });

  test('--all names files safely whatever the customer id', () => {
    const feed = JSON.parse(sampleText) as {
      customers: { id: string }[];
      agreements: { customerId?: string }[];
    };
    const rename: Record<string, string> = {
      contoso: '../escape',
      fabrikam: 'index',
      tailspin: 'Ünïcode id',
    };
    for (const c of feed.customers) c.id = rename[c.id] ?? c.id;
    for (const a of feed.agreements)
      if (a.customerId) a.customerId = rename[a.customerId] ?? a.customerId;
    const out = join(scratch, 'names');
    const r = cli(['slice', '--all', '--out', out, '-'], JSON.stringify(feed));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(out).sort(), [
      '%2E%2E%2Fescape.json',
      '%69ndex.json',
      '%C3%9Cn%C3%AFcode%20id.json',
      'index.json',
      'litware.json',
      'wingtip.json',
    ]);
    // Nothing was written outside the output directory.
    assert.ok(!readdirSync(scratch).includes('escape.json'));
  });

  test('an invalid feed is sliced not at all: its errors on standard error, exit 1', () => {
    const r = cli(['slice', '--customer', 'contoso', '-'], '{"schemaVersion": 1,');
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^error {3}\(feed\): The feed is not valid JSON at line 1, column 21/);
    assert.match(r.stderr, /\nsla-kit: the feed is invalid \(1 error\); nothing sliced\n$/);
  });

  test('warnings of the feed go to standard error, the slice to standard output', () => {
    const feed = JSON.parse(sampleText) as Record<string, unknown>;
    feed.breachs = [];
    const r = cli(['slice', '--customer', 'contoso', '-'], JSON.stringify(feed));
    assert.equal(r.status, 0);
    assert.equal(
      r.stderr,
      'warning breachs: is not a field this kit knows, so it is ignored: did you mean "breaches"?\n',
    );
    assert.ok(parseFeed(r.stdout).ok);
    const quiet = cli(['slice', '--quiet', '--customer', 'contoso', '-'], JSON.stringify(feed));
    assert.equal(quiet.stderr, '');
  });

  test('rejects bad options with usage, exit 2', () => {
    for (const args of [
      ['slice', sampleFile],
      ['slice', '--customer', 'contoso', '--all', '--out', scratch, sampleFile],
      ['slice', '--all', sampleFile],
      ['slice', '--customer', 'contoso', '--out', scratch, sampleFile],
      ['slice', '--customer'],
      ['slice', '--customer', 'contoso'],
      ['slice', '--frob', '--customer', 'contoso', sampleFile],
    ]) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^sla-kit: .+\n\nUsage: sla-kit/);
    }
  });
});
