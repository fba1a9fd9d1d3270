// Geometry snapshots: what the charts draw (ticks, marks, cells), rounded to 0.1 and compared with
// the committed JSON in test/layout/snapshots/. A failure prints a line diff of the two, one object
// per line, so a moved tick reads as one `-` line and one `+` line.
//
//   await expectSnapshot('axis-90d-en', axis);
//
// The comparison is of values (the committed file may be formatted any way). To write the
// snapshots again after an intended change, run the Node run with UPDATE_SNAPSHOTS=1:
//   UPDATE_SNAPSHOTS=1 npx mocha --require scripts/mutation/node/register.mjs --extension ts \
//     test/layout/geometry.snapshot.test.ts
// and review the change in git diff. The browser run only compares.

interface NodeProcess {
  readonly env: Record<string, string | undefined>;
}

/** Numbers rounded to one decimal (-0 as 0), recursively; other values as JSON has them. */
export function roundForSnapshot(value: unknown): unknown {
  if (typeof value === 'number') {
    const rounded = Math.round(value * 10) / 10;
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  if (Array.isArray(value)) return value.map(roundForSnapshot);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, roundForSnapshot(v)] as const),
    );
  }
  return value;
}

/**
 * JSON with every array element and object member that holds no array or object on one line:
 * the lines a diff compares.
 */
export function snapshotText(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + snapshotText(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  }
  return `{\n${entries
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${snapshotText(v, inner)}`)
    .join(',\n')}\n${indent}}`;
}

/**
 * A line diff (longest common subsequence of lines, after the common head and tail): `-` lines
 * are in the committed snapshot only, `+` lines in the new value only, with `context` lines around.
 */
export function lineDiff(expected: string, actual: string, context = 2): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  // LCS table of the middle; past 4,000 x 4,000 lines, every middle line is shown as changed.
  const ops: string[] = [];
  if (x.length * y.length <= 16_000_000) {
    const w = y.length + 1;
    const lcs = new Uint16Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] =
          x[i] === y[j]
            ? lcs[(i + 1) * w + j + 1]! + 1
            : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        ops.push(`  ${x[i++]}`);
        j++;
      } else if (j < y.length && (i === x.length || lcs[i * w + j + 1]! > lcs[(i + 1) * w + j]!)) {
        ops.push(`+ ${y[j++]}`);
      } else {
        ops.push(`- ${x[i++]}`);
      }
    }
  } else {
    ops.push(...x.map((l) => `- ${l}`), ...y.map((l) => `+ ${l}`));
  }
  const lines = [
    ...a.slice(Math.max(0, head - context), head).map((l) => `  ${l}`),
    ...ops,
    ...a.slice(a.length - tail, a.length - tail + context).map((l) => `  ${l}`),
  ];
  // Keep only the changes and `context` unchanged lines either side of each.
  const keep = lines.map((l) => !l.startsWith('  '));
  return lines
    .filter((_, k) => {
      for (let d = -context; d <= context; d++) if (keep[k + d]) return true;
      return false;
    })
    .join('\n');
}

function nodeProcess(): NodeProcess | undefined {
  return (globalThis as { process?: NodeProcess }).process;
}

function snapshotUrl(name: string): URL {
  return new URL(`./snapshots/${name}.json`, import.meta.url);
}

async function readSnapshot(name: string): Promise<unknown> {
  try {
    const module = (await import(snapshotUrl(name).href)) as { default: unknown };
    return module.default;
  } catch {
    return undefined;
  }
}

/** Writes a snapshot (Node only: the fs module is loaded by a name the browser never resolves). */
async function writeSnapshot(name: string, text: string): Promise<void> {
  const fsName = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsName)) as {
    mkdir(path: URL, options: { recursive: boolean }): Promise<unknown>;
    writeFile(path: URL, data: string): Promise<void>;
  };
  await fs.mkdir(new URL('./snapshots/', import.meta.url), { recursive: true });
  await fs.writeFile(snapshotUrl(name), `${text}\n`);
}

/**
 * Compares `value`, rounded to 0.1, with the committed snapshot `name`: null when they are the
 * same, else why not (with a line diff). Never writes.
 */
export async function compareSnapshot(name: string, value: unknown): Promise<string | null> {
  const actualText = snapshotText(roundForSnapshot(value));
  const committed = await readSnapshot(name);
  if (committed === undefined) {
    return `no snapshot test/layout/snapshots/${name}.json: write it with UPDATE_SNAPSHOTS=1 (Node run)`;
  }
  const expectedText = snapshotText(committed);
  if (expectedText === actualText) return null;
  return `snapshot ${name} differs (- committed, + now):\n${lineDiff(expectedText, actualText)}`;
}

/**
 * Compares `value`, rounded to 0.1, with the committed snapshot `name`; throws with a line diff
 * when they differ or when there is no snapshot. With UPDATE_SNAPSHOTS=1 (Node run), writes it.
 */
export async function expectSnapshot(name: string, value: unknown): Promise<void> {
  if (nodeProcess()?.env.UPDATE_SNAPSHOTS === '1') {
    await writeSnapshot(name, snapshotText(roundForSnapshot(value)));
    return;
  }
  const problem = await compareSnapshot(name, value);
  if (problem !== null) throw new Error(problem);
}
