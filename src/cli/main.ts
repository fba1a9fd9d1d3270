/**
 * `sla-kit`: validate a feed the way the components will, from a backend's build or a shell.
 *
 *   sla-kit validate feed.json        exit 0 when valid (one summary line), 1 when not
 *   curl -s https://…/feed | sla-kit validate -
 *   sla-kit validate --strict feed.json   warnings count as errors
 *   sla-kit slice --customer contoso feed.json > contoso.json
 *   sla-kit slice --all --out feeds/ feed.json
 *   sla-kit schema > feed.schema.json
 *   sla-kit report --customer contoso --period 2026-10 --out report.html --pdf report.pdf feed.json
 *
 * Node only. Never prints a stack trace: every failure is one plain line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unknownCustomerMessage } from './unknown-customer.js';
import { feedJsonSchema } from '../feed/json-schema.js';
import {
  DEFAULT_LIMITS,
  parseFeed,
  sliceFeed,
  SliceError,
  SUPPORTED_SCHEMA_VERSIONS,
  type Feed,
  type FeedIssue,
  type FeedLimits,
} from '../feed/index.js';
import { report, REPORT_OPTIONS, REPORT_USAGE } from './report.js';
import { CliError, UsageError } from './usage-error.js';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage: sla-kit <command> [options]

Commands:
  validate <file|->   Check a feed (a file, or - for standard input) against feed schema
                      version ${SUPPORTED_SCHEMA_VERSIONS.join(', ')} and the rules across records. Prints every problem
                      as "path: message". Exit status 0 when valid, 1 when not.
  slice --customer <id> <file|->
                      Print the part of a valid feed that one customer may see: the provider,
                      that customer, its agreements and the corporate terms above them, their
                      services, periods, breaches and maintenance. Serve this to the customer's
                      portal, never the whole feed. Exit status 1 for an unknown customer.
  slice --all --out <dir> <file|->
                      Write <dir>/<customer id>.json for every customer, and <dir>/index.json
                      listing them (the index names every customer: keep it on the server).
${REPORT_USAGE}
  schema              Print the feed's JSON Schema (draft 2020-12) for your own validator.
  help                Show this text.

Options for validate:
  --limit <name>=<n>  Change a cap, e.g. --limit maxBreaches=500000 (repeatable).
                      Caps and defaults:
${Object.entries(DEFAULT_LIMITS)
  .map(([name, value]) => `                        ${name.padEnd(16)} ${String(value)}`)
  .join('\n')}
  --strict            Treat warnings (unknown fields, suspicious values) as errors: exit 1.
  --quiet             Print errors and the summary only, no warnings.

Options for slice: --limit and --quiet as for validate; problems go to standard error.

${REPORT_OPTIONS}

Exit status: 0 valid, 1 invalid, 2 usage error or unreadable input.
`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => Promise<Uint8Array>;
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit status. */
async function main(args: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_VALID;
    }
    if (command === 'schema') {
      if (rest.length) throw new UsageError(`schema takes no arguments (got ${rest.join(' ')})`);
      io.out(JSON.stringify(feedJsonSchema(), null, 2));
      return EXIT_VALID;
    }
    if (command === 'validate') return await validate(rest, io);
    if (command === 'slice') return await slice(rest, io);
    if (command === 'report')
      return await report(rest, {
        ...io,
        read: (source) => readSource(source, io),
        isLimit,
        readLimit,
        issueLine: line,
      });
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sla-kit: ${error.message}\n\n`);
      io.err(USAGE);
      return EXIT_USAGE;
    }
    if (error instanceof CliError) {
      io.err(`sla-kit: ${error.message}`);
      return error.status;
    }
    io.err(`sla-kit: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_USAGE;
  }
}

async function validate(args: readonly string[], io: Io): Promise<number> {
  const limits: Partial<Record<keyof FeedLimits, number>> = {};
  let quiet = false;
  let strict = false;
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--strict') strict = true;
    else if (isLimit(arg)) i = readLimit(args, i, limits);
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (source === undefined) source = arg;
    else throw new UsageError('validate takes one file (or - for standard input)');
  }
  if (source === undefined)
    throw new UsageError('validate needs a file, or - to read standard input');

  const text = await readSource(source, io);
  const result = parseFeed(text, limits);
  if (!result.ok) {
    for (const issue of result.issues) io.out(line(issue));
    const errors = result.issues.length;
    io.out(
      `invalid: ${plural(errors, 'error')}${result.truncated ? ' (validation stopped at maxIssues)' : ''}`,
    );
    return EXIT_INVALID;
  }
  const warnings = result.warnings.length;
  if (strict && warnings) {
    // Every warning is printed, --quiet or not: under --strict they are the errors.
    for (const warning of result.warnings) io.out(line(warning));
    io.out(
      `invalid (--strict): ${warnings === 1 ? '1 warning counts as an error' : `${warnings} warnings count as errors`}`,
    );
    return EXIT_INVALID;
  }
  if (!quiet) for (const warning of result.warnings) io.out(line(warning));
  io.out(summary(result.feed, warnings));
  return EXIT_VALID;
}

function isLimit(arg: string): boolean {
  return arg === '--limit' || arg.startsWith('--limit=');
}

/** Reads `--limit name=n` (or `--limit=name=n`) at `args[i]`; returns the index of its last word. */
function readLimit(
  args: readonly string[],
  i: number,
  limits: Partial<Record<keyof FeedLimits, number>>,
): number {
  const arg = args[i]!;
  const spec = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
  const m = /^(\w+)=(\d+)$/.exec(spec ?? '');
  if (!m || !(m[1]! in DEFAULT_LIMITS))
    throw new UsageError(
      `--limit needs <name>=<whole number> with a name from: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
    );
  limits[m[1] as keyof FeedLimits] = Number(m[2]);
  return i;
}

async function slice(args: readonly string[], io: Io): Promise<number> {
  const limits: Partial<Record<keyof FeedLimits, number>> = {};
  let quiet = false;
  let customer: string | undefined;
  let all = false;
  let outDir: string | undefined;
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--all') all = true;
    else if (arg === '--customer' || arg === '--out') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--customer') customer = value;
      else outDir = value;
    } else if (isLimit(arg)) i = readLimit(args, i, limits);
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (source === undefined) source = arg;
    else throw new UsageError('slice takes one file (or - for standard input)');
  }
  if (all === (customer !== undefined))
    throw new UsageError('slice needs either --customer <id> or --all --out <dir>');
  if (all && outDir === undefined) throw new UsageError('slice --all needs --out <dir>');
  if (!all && outDir !== undefined)
    throw new UsageError('--out goes with --all; one customer is printed to standard output');
  if (source === undefined) throw new UsageError('slice needs a file, or - to read standard input');

  const result = parseFeed(await readSource(source, io), limits);
  if (!result.ok) {
    for (const issue of result.issues) io.err(line(issue));
    io.err(
      `sla-kit: the feed is invalid (${plural(result.issues.length, 'error')}); nothing sliced`,
    );
    return EXIT_INVALID;
  }
  if (!quiet) for (const warning of result.warnings) io.err(line(warning));
  const { feed } = result;

  if (customer !== undefined) {
    if (!feed.customers.some((c) => c.id === customer)) {
      io.err(`sla-kit: ${unknownCustomerMessage(feed, customer)}`);
      return EXIT_INVALID;
    }
    try {
      io.out(JSON.stringify(sliceFeed(feed, customer)));
    } catch (error) {
      if (!(error instanceof SliceError)) throw error;
      io.err(`sla-kit: cannot slice: ${error.message}`);
      return EXIT_INVALID;
    }
    return EXIT_VALID;
  }

  mkdirSync(outDir!, { recursive: true });
  const names = new Set<string>();
  const entries: { id: string; name: string; file: string; agreements: number }[] = [];
  for (const c of feed.customers) {
    let sliced;
    try {
      sliced = sliceFeed(feed, c.id);
    } catch (error) {
      if (!(error instanceof SliceError)) throw error;
      io.err(`sla-kit: cannot slice: ${error.message}`);
      return EXIT_INVALID;
    }
    const file = fileName(c.id, names);
    writeFileSync(join(outDir!, file), `${JSON.stringify(sliced)}\n`);
    entries.push({ id: c.id, name: c.name, file, agreements: sliced.agreements.length });
  }
  const index = {
    provider: { id: feed.provider.id, name: feed.provider.name },
    customers: entries,
  };
  writeFileSync(join(outDir!, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  if (!quiet)
    io.err(`sliced: ${plural(entries.length, 'customer')} to ${outDir} (index.json lists them)`);
  return EXIT_VALID;
}

/**
 * A file name for a customer id that is safe on every file system: letters, digits, `-` and `_`
 * kept, anything else (`/`, `.`, spaces, non-ASCII) percent-encoded, so no id can leave the
 * directory or name `index.json`; ids that differ only in case get a numbered suffix.
 */
function fileName(id: string, taken: Set<string>): string {
  const bytes = new TextEncoder().encode(id);
  let base = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    base += /[A-Za-z0-9_-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (base.toLowerCase() === 'index') base = `%69ndex`;
  let name = `${base}.json`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}~${n}.json`;
  taken.add(name.toLowerCase());
  return name;
}

/** Reads a file or standard input as UTF-8 (a byte order mark is dropped, as browsers do). */
async function readSource(source: string, io: Io): Promise<string> {
  let bytes: Uint8Array;
  if (source === '-') bytes = await io.stdin();
  else {
    try {
      bytes = readFileSync(source);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const reason =
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a directory'
            : code === 'EACCES'
              ? 'permission denied'
              : (error as Error).message;
      throw new Error(`cannot read ${source}: ${reason}`, { cause: error });
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function line(issue: FeedIssue): string {
  const mark = issue.severity === 'error' ? 'error  ' : 'warning';
  return `${mark} ${issue.path || '(feed)'}: ${issue.message}`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function summary(feed: Feed, warnings: number): string {
  const objectives = feed.agreements.reduce((n, a) => n + a.objectives.length, 0);
  const counts = [
    plural(feed.customers.length, 'customer'),
    plural(feed.agreements.length, 'agreement'),
    plural(objectives, 'objective'),
    plural(feed.periods.length, 'period'),
    plural(feed.breaches.length, 'breach', 'breaches'),
  ];
  return `valid: ${counts.join(', ')} (${warnings === 0 ? 'no warnings' : plural(warnings, 'warning')})`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  stdin: readStdin,
});
