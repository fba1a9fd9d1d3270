// Template literals (Lit's html`...`, svg`...`, css`...`) minified at build time, for the Vite
// builds (vite.config.ts) and the esbuild one-file builds (scripts/build.mjs). JS minifiers leave
// the text of template literals alone; this removes the indentation, comments and spaces around
// tags and in CSS. HTML whitespace is collapsed conservatively (a run of spaces becomes one space,
// never none), so text between inline elements reads as before. Only files under src/ are touched;
// a file that calls unsafeCSS (themes/tokens.ts, the kit's own constants) keeps its CSS as written.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';

const SRC_TS = /[\\/]src[\\/].*\.ts$/;
const TAGGED = /\b(html|svg|css)`/;

/** `code` with its Lit templates minified, or null when nothing changed. */
export async function minifyTemplates(code, fileName) {
  if (!TAGGED.test(code)) return null;
  const result = await minifyHTMLLiterals(code, {
    fileName,
    generateSourceMap: false,
    minifyOptions: { conservativeCollapse: true },
  });
  return result?.code ?? null;
}

/** Silences the one warning minify-literals prints for a file it skips CSS in on purpose. */
async function quietly(run) {
  const warn = console.warn;
  console.warn = (...args) => {
    if (!String(args[0]).startsWith('minify-literals: unsafeCSS()')) warn(...args);
  };
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}

/** Vite / Rolldown plugin: runs before the TypeScript transform, on the kit's own sources. */
export function viteMinifyTemplates() {
  return {
    name: 'sla-minify-templates',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!SRC_TS.test(id.split('?')[0])) return null;
      const out = await quietly(() => minifyTemplates(code, id));
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** esbuild plugin: the same transform when esbuild loads a source file. */
export function esbuildMinifyTemplates() {
  return {
    name: 'sla-minify-templates',
    setup(build) {
      build.onLoad({ filter: SRC_TS }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const out = await quietly(() => minifyTemplates(source, args.path));
        return { contents: out ?? source, loader: 'ts' };
      });
    },
  };
}
