/**
 * `sla-kit`: validate a feed the way the components will, from a backend's build or a shell.
 *
 *   sla-kit validate feed.json        exit 0 when valid (one summary line), 1 when not
 *   curl -s https://…/feed | sla-kit validate -
 *   sla-kit schema > feed.schema.json
 *
 * Node only. Never prints a stack trace: every failure is one plain line.
 */
import { readFileSync } from 'node:fs';
import { feedJsonSchema } from '../feed/json-schema.js';
import {
  DEFAULT_LIMITS,
  parseFeed,
  SUPPORTED_SCHEMA_VERSIONS,
  type Feed,
  type FeedIssue,
  type FeedLimits,
} from '../feed/index.js';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage: sla-kit <command> [options]

Commands:
  validate <file|->   Check a feed (a file, or - for standard input) against feed schema
                      version ${SUPPORTED_SCHEMA_VERSIONS.join(', ')} and the rules across records. Prints every problem
                      as "path: message". Exit status 0 when valid, 1 when not.
  schema              Print the feed's JSON Schema (draft 2020-12) for your own validator.
  help                Show this text.

Options for validate:
  --limit <name>=<n>  Change a cap, e.g. --limit maxBreaches=500000 (repeatable).
                      Caps and defaults:
${Object.entries(DEFAULT_LIMITS)
  .map(([name, value]) => `                        ${name.padEnd(16)} ${String(value)}`)
  .join('\n')}
  --quiet             Print errors and the summary only, no warnings.

Exit status: 0 valid, 1 invalid, 2 usage error or unreadable input.
`;

class UsageError extends Error {}

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
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sla-kit: ${error.message}\n\n`);
      io.err(USAGE);
      return EXIT_USAGE;
    }
    io.err(`sla-kit: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_USAGE;
  }
}

async function validate(args: readonly string[], io: Io): Promise<number> {
  const limits: Partial<Record<keyof FeedLimits, number>> = {};
  let quiet = false;
  let source: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const spec = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
      const m = /^(\w+)=(\d+)$/.exec(spec ?? '');
      if (!m || !(m[1]! in DEFAULT_LIMITS))
        throw new UsageError(
          `--limit needs <name>=<whole number> with a name from: ${Object.keys(DEFAULT_LIMITS).join(', ')}`,
        );
      limits[m[1] as keyof FeedLimits] = Number(m[2]);
    } else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
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
      `invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}${errors >= (limits.maxIssues ?? DEFAULT_LIMITS.maxIssues) ? ' (list cut at maxIssues)' : ''}`,
    );
    return EXIT_INVALID;
  }
  if (!quiet) for (const warning of result.warnings) io.out(line(warning));
  io.out(summary(result.feed, result.warnings.length));
  return EXIT_VALID;
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
