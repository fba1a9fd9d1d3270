/**
 * `sla-kit report`: a customer's monthly SLA report as one self-contained HTML file (and, with
 * `--pdf`, a PDF printed by a local Chromium). The builder is `src/report/report-html.ts`; the
 * elements in the file are the kit's one-file runtime, `cdn/sla-kit.js` beside the built CLI
 * (`dist/cli.js` and `dist/cdn/sla-kit.js`; from a checkout, `npm run build` writes both).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed, type FeedIssue, type FeedLimits } from '../feed/index.js';
import { unknownCustomerMessage } from './unknown-customer.js';
import { buildReport, isMonth, PAPERS, ReportError, type Paper } from '../report/report-html.js';
import { findChrome } from './chrome.js';
import { printToPdf } from './pdf.js';
import { CliError, UsageError } from './usage-error.js';

export interface ReportIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Reads a file, or standard input for `-`, as text. */
  read: (source: string) => Promise<string>;
  /** `--limit` handling shared with validate: true when `args[i]` is one. */
  isLimit: (arg: string) => boolean;
  /** Reads the `--limit` at `args[i]` into `limits`; returns the index of its last word. */
  readLimit: (
    args: readonly string[],
    i: number,
    limits: Partial<Record<keyof FeedLimits, number>>,
  ) => number;
  issueLine: (issue: FeedIssue) => string;
}

export const REPORT_USAGE = `  report --customer <id> [--period YYYY-MM] --out <report.html> [--pdf <report.pdf>] <file|->
                      Write the customer's monthly SLA report: one HTML file that needs
                      nothing else (no requests; strict Content-Security-Policy), with a
                      scorecard, the month's breaches day by day and the incentive view for
                      each agreement, "For the people who run it" in plain words and the
                      money per currency. It holds only that customer's part of the feed.
                      --pdf prints it with a local Chromium or Chrome ($CHROME_PATH,
                      /usr/bin/chromium, or chromium / google-chrome on PATH); without one
                      it says so and exits 2. At least one of --out and --pdf. Needs the
                      one-file build cdn/sla-kit.js beside the CLI (in a checkout: npm run build).
                      Exit status 1 for an unknown customer or a month without data.`;

export const REPORT_OPTIONS = `Options for report:
  --period YYYY-MM    The month, in each agreement's calendar (default: the latest complete one).
  --paper a4|letter   Paper size for printing (default: the printer's; margins fit both).
  --lang <locale>     Language: en, de, ar built in (default: the customer's, else the provider's).
  --as-of <instant>   RFC 3339 instant the figures are drawn up at (default: now).
  --limit, --quiet    As for validate; problems go to standard error.`;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

interface ReportArgs {
  customer: string;
  period: string | undefined;
  out: string | undefined;
  pdf: string | undefined;
  paper: Paper;
  lang: string | undefined;
  asOf: number;
  quiet: boolean;
  limits: Partial<Record<keyof FeedLimits, number>>;
  source: string;
}

function parseArgs(args: readonly string[], io: ReportIo, now: () => number): ReportArgs {
  const limits: Partial<Record<keyof FeedLimits, number>> = {};
  const values = new Map<string, string>();
  let quiet = false;
  let source: string | undefined;
  const valued = ['--customer', '--period', '--out', '--pdf', '--paper', '--lang', '--as-of'];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
    } else if (io.isLimit(arg)) i = io.readLimit(args, i, limits);
    else if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (source === undefined) source = arg;
    else throw new UsageError('report takes one file (or - for standard input)');
  }
  const customer = values.get('--customer');
  if (customer === undefined) throw new UsageError('report needs --customer <id>');
  const out = values.get('--out');
  const pdf = values.get('--pdf');
  if (out === undefined && pdf === undefined)
    throw new UsageError('report needs --out <file.html>, --pdf <file.pdf> or both');
  if (source === undefined)
    throw new UsageError('report needs a file, or - to read standard input');

  const period = values.get('--period');
  if (period !== undefined && !isMonth(period))
    throw new CliError(`--period needs a month as YYYY-MM, e.g. 2026-10 (got "${period}")`, 2);
  const paper = (values.get('--paper') ?? 'auto').toLowerCase() as Paper;
  if (!PAPERS.includes(paper))
    throw new CliError(`--paper is a4 or letter (got "${values.get('--paper')}")`, 2);
  const asOfText = values.get('--as-of');
  let asOf = now();
  if (asOfText !== undefined) {
    asOf = RFC3339.test(asOfText) ? Date.parse(asOfText) : NaN;
    if (!Number.isFinite(asOf))
      throw new CliError(
        `--as-of needs an RFC 3339 instant, e.g. 2026-11-01T00:00:00Z (got "${asOfText}")`,
        2,
      );
  }
  return {
    customer,
    period,
    out,
    pdf,
    paper,
    lang: values.get('--lang'),
    asOf,
    quiet,
    limits,
    source,
  };
}

/**
 * The one-file runtime the report inlines: `cdn/sla-kit.js` beside the built CLI, or, run from
 * the TypeScript sources, the build's `dist/cdn/sla-kit.js`.
 */
export function runtimeFile(): string | undefined {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(
    new URL(fromSource ? '../../dist/cdn/sla-kit.js' : './cdn/sla-kit.js', import.meta.url),
  );
  return existsSync(file) ? file : undefined;
}

/** Runs `sla-kit report <args>`; returns the exit status. */
export async function report(
  args: readonly string[],
  io: ReportIo,
  now: () => number = Date.now,
): Promise<number> {
  const a = parseArgs(args, io, now);
  const runtime = runtimeFile();
  if (!runtime)
    throw new CliError(
      'the report needs the one-file build cdn/sla-kit.js beside the CLI; in a checkout, run npm run build first',
      2,
    );

  const result = parseFeed(await io.read(a.source), a.limits);
  if (!result.ok) {
    for (const issue of result.issues) io.err(io.issueLine(issue));
    io.err(`sla-kit: the feed is invalid (${result.issues.length} errors); no report`);
    return 1;
  }
  if (!a.quiet) for (const warning of result.warnings) io.err(io.issueLine(warning));

  let built;
  try {
    built = await buildReport(result.feed, {
      customer: a.customer,
      period: a.period,
      asOf: a.asOf,
      locale: a.lang,
      paper: a.paper,
      runtime: readFileSync(runtime, 'utf8'),
    });
  } catch (error) {
    if (error instanceof ReportError)
      throw new CliError(
        error.kind === 'customer' ? unknownCustomerMessage(result.feed, a.customer) : error.message,
        error.kind === 'period' ? 2 : 1,
      );
    throw error;
  }

  const written: string[] = [];
  let scratch: string | undefined;
  try {
    let htmlFile = a.out;
    if (htmlFile === undefined) {
      scratch = mkdtempSync(join(tmpdir(), 'sla-kit-report-'));
      htmlFile = join(scratch, 'report.html');
    } else written.push(htmlFile);
    writeFileSync(htmlFile, built.html);

    if (a.pdf !== undefined) {
      const chrome = findChrome();
      if (chrome.path === undefined) {
        const kept = a.out ? `; ${a.out} is written` : '';
        throw new CliError(`--pdf needs Chromium or Chrome: ${chrome.problem}${kept}`, 2);
      }
      const printed = printToPdf(chrome.path, htmlFile, a.pdf);
      if (!printed.ok) throw new CliError(`cannot write ${a.pdf}: ${printed.problem}`, 1);
      written.push(a.pdf);
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  if (!a.quiet) {
    const agreements = built.data.agreements.length;
    io.err(
      `report: ${built.data.customer.name}, ${built.periodLabel}, ${agreements} agreement${agreements === 1 ? '' : 's'} -> ${written.join(', ')}`,
    );
  }
  return 0;
}
