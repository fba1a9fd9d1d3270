/**
 * The package's public API (`sla-kit`, src/index.ts) as a list of exported names and whether
 * each is a value or only a type, compared with test/node/public-api.txt. An addition or removal
 * fails here until the list is updated on purpose: `UPDATE_PUBLIC_API=1 node --import tsx --test
 * test/node/public-api.test.ts` rewrites it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const listFile = join(root, 'test', 'node', 'public-api.txt');

/** `value Name` / `type Name` per export of a module, sorted by name. */
function exportsOf(entry: string): string[] {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  assert.ok(source, entry);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  assert.ok(moduleSymbol, `${entry} is a module`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const typeOnly = (symbol.declarations ?? []).some(
        (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
      );
      const isValue = !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0;
      return `${isValue ? 'value' : 'type'} ${symbol.name}`;
    })
    .sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!));
}

test('the public API of sla-kit is the reviewed list (test/node/public-api.txt)', () => {
  const actual = exportsOf(join(root, 'src', 'index.ts'));
  if (process.env.UPDATE_PUBLIC_API === '1') writeFileSync(listFile, `${actual.join('\n')}\n`);
  const expected = readFileSync(listFile, 'utf8').trim().split('\n');
  const added = actual.filter((line) => !expected.includes(line));
  const removed = expected.filter((line) => !actual.includes(line));
  assert.deepEqual({ added, removed }, { added: [], removed: [] });
  assert.deepEqual(actual, expected);
});

test('runtime exports of sla-kit are exactly the value exports of the list', async () => {
  const mod = (await import('../../src/index.js')) as Record<string, unknown>;
  const values = readFileSync(listFile, 'utf8')
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('value '))
    .map((line) => line.slice('value '.length))
    .sort();
  assert.deepEqual(Object.keys(mod).sort(), values);
});
