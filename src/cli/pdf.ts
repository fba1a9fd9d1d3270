/**
 * HTML file to PDF with a local Chromium's own command line (`--headless --print-to-pdf`): no
 * library, no browser download. The page is given time to run its scripts (virtual time, so it
 * costs nothing when the page is idle sooner); the paper is the page's `@page` size, and
 * Chromium's own header and footer (URL, date) are left out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PrintResult {
  readonly ok: boolean;
  /** Why not, in one line. */
  readonly problem?: string;
}

/** Prints `htmlFile` to `pdfFile` with the Chromium at `chrome`. */
export function printToPdf(
  chrome: string,
  htmlFile: string,
  pdfFile: string,
  timeoutMs = 120_000,
): PrintResult {
  const profile = mkdtempSync(join(tmpdir(), 'sla-kit-pdf-'));
  const target = resolve(pdfFile);
  rmSync(target, { force: true });
  try {
    const args = [
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      `--user-data-dir=${profile}`,
      '--no-pdf-header-footer',
      '--virtual-time-budget=15000',
      `--print-to-pdf=${target}`,
      pathToFileURL(resolve(htmlFile)).href,
    ];
    // Chromium refuses to start as root with its sandbox (containers, CI).
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    const run = spawnSync(chrome, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: timeoutMs,
    });
    if (run.error) return { ok: false, problem: `could not run ${chrome}: ${run.error.message}` };
    if (!existsSync(target) || statSync(target).size === 0) {
      const why = run.signal ? `stopped by ${run.signal}` : `exit status ${run.status}`;
      return { ok: false, problem: `${chrome} wrote no PDF (${why})` };
    }
    const head = readFileSync(target).subarray(0, 5).toString('latin1');
    if (head !== '%PDF-')
      return { ok: false, problem: `${chrome} wrote something that is not a PDF` };
    return { ok: true };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
