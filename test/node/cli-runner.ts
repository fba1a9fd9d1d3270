/**
 * How the node tests run the `sla-kit` CLI: the built bin (dist/cli.js) when it is at least as new
 * as its sources (`npm test` builds first), otherwise the TypeScript entry through tsx.
 * SLA_CLI=src or SLA_CLI=dist forces one; SLA_CLI=/path/to/cli.js runs that bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = join(root, 'dist', 'cli.js');

function newestSource(): number {
  let newest = 0;
  for (const dir of ['src/cli', 'src/feed', 'src/report']) {
    for (const name of readdirSync(join(root, dir)))
      newest = Math.max(newest, statSync(join(root, dir, name)).mtimeMs);
  }
  return newest;
}

function useBuilt(): boolean {
  if (process.env.SLA_CLI === 'src') return false;
  if (process.env.SLA_CLI === 'dist') return true;
  return existsSync(built) && statSync(built).mtimeMs >= newestSource();
}

const explicit = process.env.SLA_CLI?.endsWith('.js') ? process.env.SLA_CLI : undefined;

export const cliCommand: readonly string[] = explicit
  ? [process.execPath, explicit]
  : useBuilt()
    ? [process.execPath, built]
    : [process.execPath, '--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `sla-kit <args>` with optional standard input. */
export function cli(args: readonly string[], input?: string | Uint8Array): CliResult {
  const [command, ...prefix] = cliCommand;
  const result = spawnSync(command!, [...prefix, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
