// `node scripts/try-frameworks.mjs [--no-build] [--keep] [react|vue|angular ...]`
//
// The kit as a new user meets it: build and `npm pack` it, then create throwaway apps in the
// system's temp folder (outside the repository), install the tarball in each with the framework
// from the registry, use two elements with typed props and events and no hand-written
// declarations, and build. After each build a deliberate misuse is added and must fail to
// compile, so the types are shown to check something. Not part of `npm test` (it installs
// frameworks from the registry, a minute or two each); see docs/frameworks.md.
//
//   react    React 19 + TypeScript + Vite: `import 'sla-kit/jsx'`, tsc --noEmit, vite build
//   vue      Vue 3 + Vite + vue-tsc: `import 'sla-kit/vue'`, isCustomElement, vue-tsc, vite build
//   angular  Angular standalone component, CUSTOM_ELEMENTS_SCHEMA, `ng build` (the CLI's
//            application builder) with strictTemplates; Angular 22, or 21 on Node before 22.22
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const keep = args.includes('--keep');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, commandArgs, cwd, { allowFail = false } = {}) {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (!allowFail && result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} (in ${cwd}) failed:\n${output}`);
  }
  return { status: result.status, output, seconds };
}

function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

// The apps fetch their feed at run time (a placeholder is written to public/); the build needs none.
const FEED_URL = '/sample-feed.json';

// Angular 22's CLI needs Node 22.22 or 24.15 and later; on an older Node the app uses Angular 21
// (whose CLI runs on Node 20.19, with TypeScript 5.9).
const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
const ANGULAR =
  nodeMajor >= 26 || (nodeMajor === 24 && nodeMinor >= 15) || (nodeMajor === 22 && nodeMinor >= 22)
    ? 22
    : 21;

const apps = {
  react: {
    title: 'React 19 + TypeScript (Vite)',
    needed: [
      "`import 'sla-kit/jsx'` once (adds the tags to React 19's JSX.IntrinsicElements)",
      "`import 'sla-kit/define/<tag>.js'` for each tag used",
      'events as `onsla-select={...}` (React 19 listens to custom events by their name)',
    ],
    dependencies: {
      react: '^19.0.0',
      'react-dom': '^19.0.0',
    },
    devDependencies: {
      '@types/react': '^19.0.0',
      '@types/react-dom': '^19.0.0',
      '@vitejs/plugin-react': '^6.0.0',
      typescript: '~6.0.0',
      vite: '^8.0.0',
    },
    files: {
      'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Portal</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
      'vite.config.ts': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ plugins: [react()] });
`,
      'tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            types: ['vite/client'],
          },
          include: ['src'],
        },
        null,
        2,
      ),
      'src/main.tsx': `import { createRoot } from 'react-dom/client';
import { Portal } from './Portal';

createRoot(document.getElementById('root')!).render(<Portal />);
`,
      'src/Portal.tsx': `import { useEffect, useState } from 'react';
import type { SlaSelectDetail } from 'sla-kit';
import type { FeedInput } from 'sla-kit/feed';
import 'sla-kit/jsx';
import 'sla-kit/define/sla-scorecard.js';
import 'sla-kit/define/sla-breach-timeline.js';

export function Portal() {
  const [feed, setFeed] = useState<FeedInput>();
  const [picked, setPicked] = useState<SlaSelectDetail>();
  useEffect(() => {
    fetch('${FEED_URL}').then((r) => r.json()).then(setFeed);
  }, []);
  return (
    <>
      <sla-scorecard feed={feed} customer="acme" onsla-select={(event) => setPicked(event.detail)} />
      <sla-breach-timeline
        feed={feed}
        variant="strip"
        onsla-range-change={(event) => console.log(event.detail.start, event.detail.end)}
      />
      {picked?.kind === 'objective' && <p>Selected {picked.objective}</p>}
    </>
  );
}
`,
    },
    build: [
      ['npx', ['tsc', '-p', 'tsconfig.json']],
      ['npx', ['vite', 'build', '--logLevel', 'warn']],
    ],
    misuse: {
      file: 'src/Misuse.tsx',
      text: `import 'sla-kit/jsx';\nexport const Misuse = () => <sla-breach-timeline variant="bars" />;\n`,
      check: ['npx', ['tsc', '-p', 'tsconfig.json']],
      expect: /Type '"bars"' is not assignable/,
    },
  },

  vue: {
    title: 'Vue 3 (Vite + vue-tsc)',
    needed: [
      "`import 'sla-kit/vue'` once (adds the tags to Vue's GlobalComponents)",
      "`isCustomElement: (tag) => tag.startsWith('sla-')` in @vitejs/plugin-vue's template compiler options",
      "`import 'sla-kit/define/<tag>.js'` for each tag used; `:feed` sets the property",
    ],
    dependencies: { vue: '^3.5.0' },
    devDependencies: {
      '@vitejs/plugin-vue': '^6.0.0',
      typescript: '~6.0.0',
      vite: '^8.0.0',
      'vue-tsc': '^3.0.0',
    },
    files: {
      'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Portal</title></head>
  <body><div id="app"></div><script type="module" src="/src/main.ts"></script></body>
</html>
`,
      'vite.config.ts': `import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sla-') } } })],
});
`,
      'tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true,
            skipLibCheck: true,
            noEmit: true,
            types: ['vite/client'],
          },
          include: ['src/**/*.ts', 'src/**/*.vue'],
        },
        null,
        2,
      ),
      'src/env.d.ts': `/// <reference types="vite/client" />\n`,
      'src/main.ts': `import { createApp } from 'vue';
import Portal from './Portal.vue';

createApp(Portal).mount('#app');
`,
      'src/Portal.vue': `<script setup lang="ts">
import { onMounted, ref } from 'vue';
import type { SlaSelectDetail } from 'sla-kit';
import type { FeedInput } from 'sla-kit/feed';
import 'sla-kit/vue';
import 'sla-kit/define/sla-scorecard.js';
import 'sla-kit/define/sla-breach-timeline.js';

const feed = ref<FeedInput>();
const picked = ref<SlaSelectDetail>();
onMounted(async () => {
  feed.value = await (await fetch('${FEED_URL}')).json();
});
</script>

<template>
  <sla-scorecard :feed="feed" customer="acme" @sla-select="(event) => (picked = event.detail)" />
  <sla-breach-timeline
    :feed="feed"
    variant="strip"
    @sla-range-change="(event) => console.log(event.detail.start, event.detail.end)"
  />
  <p v-if="picked?.kind === 'objective'">Selected {{ picked.objective }}</p>
</template>
`,
    },
    build: [
      ['npx', ['vue-tsc', '-p', 'tsconfig.json']],
      ['npx', ['vite', 'build', '--logLevel', 'warn']],
    ],
    misuse: {
      file: 'src/Misuse.vue',
      text: `<script setup lang="ts">\nimport 'sla-kit/vue';\n</script>\n\n<template>\n  <sla-breach-timeline variant="bars" />\n</template>\n`,
      check: ['npx', ['vue-tsc', '-p', 'tsconfig.json']],
      expect: /Type '"bars"' is not assignable/,
    },
  },

  angular: {
    title: `Angular ${ANGULAR} (standalone component, Angular CLI \`ng build\`)`,
    needed: [
      '`schemas: [CUSTOM_ELEMENTS_SCHEMA]` on the component',
      "`import 'sla-kit/define/<tag>.js'` for each tag used; `[feed]` sets the property",
      "`$event` of `(sla-select)` is typed from the kit's HTMLElementEventMap under strictTemplates; Angular does not check property bindings on custom elements",
    ],
    dependencies: {
      '@angular/common': `^${ANGULAR}.0.0`,
      '@angular/core': `^${ANGULAR}.0.0`,
      '@angular/platform-browser': `^${ANGULAR}.0.0`,
      rxjs: '^7.8.0',
    },
    devDependencies: {
      '@angular/build': `^${ANGULAR}.0.0`,
      '@angular/cli': `^${ANGULAR}.0.0`,
      '@angular/compiler': `^${ANGULAR}.0.0`,
      '@angular/compiler-cli': `^${ANGULAR}.0.0`,
      typescript: ANGULAR >= 22 ? '~6.0.0' : '~5.9.0',
    },
    files: {
      'angular.json': JSON.stringify(
        {
          version: 1,
          cli: { analytics: false },
          projects: {
            portal: {
              projectType: 'application',
              root: '',
              sourceRoot: 'src',
              architect: {
                build: {
                  builder: '@angular/build:application',
                  options: {
                    browser: 'src/main.ts',
                    index: 'src/index.html',
                    tsConfig: 'tsconfig.json',
                    outputPath: 'dist/portal',
                  },
                },
              },
            },
          },
        },
        null,
        2,
      ),
      'tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true,
            skipLibCheck: true,
            types: [],
          },
          files: ['src/main.ts'],
          angularCompilerOptions: { strictTemplates: true },
        },
        null,
        2,
      ),
      'src/index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Portal</title><base href="/" /></head>
  <body><app-portal></app-portal></body>
</html>
`,
      'src/main.ts': `import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import { PortalComponent } from './portal.component';

bootstrapApplication(PortalComponent, { providers: [provideZonelessChangeDetection()] });
`,
      'src/portal.component.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SlaSelectDetail } from 'sla-kit';
import type { FeedInput } from 'sla-kit/feed';
import 'sla-kit/define/sla-scorecard.js';
import 'sla-kit/define/sla-breach-timeline.js';

@Component({
  selector: 'app-portal',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <sla-scorecard [feed]="feed()" customer="acme" (sla-select)="picked.set($event.detail)"></sla-scorecard>
    <sla-breach-timeline
      [feed]="feed()"
      variant="strip"
      (sla-range-change)="log($event.detail.start, $event.detail.end)"
    ></sla-breach-timeline>
    @if (picked(); as p) { @if (p.kind === 'objective') { <p>Selected {{ p.objective }}</p> } }
  \`,
})
export class PortalComponent {
  readonly feed = signal<FeedInput | undefined>(undefined);
  readonly picked = signal<SlaSelectDetail | undefined>(undefined);
  constructor() {
    void fetch('${FEED_URL}').then(async (r) => this.feed.set((await r.json()) as FeedInput));
  }
  log(start: number, end: number): void {
    console.log(start, end);
  }
}
`,
    },
    build: [['npx', ['ng', 'build']]],
    misuse: {
      file: 'src/portal.component.ts',
      replace: ['picked.set($event.detail)', 'picked.set($event.detail.nope)'],
      check: ['npx', ['ng', 'build']],
      expect: /Property 'nope' does not exist on type 'SlaSelectDetail'/,
    },
  },
};

const chosen = args.filter((a) => !a.startsWith('--'));
const names = chosen.length ? chosen : Object.keys(apps);
for (const name of names) if (!apps[name]) throw new Error(`unknown app ${name}`);

const work = mkdtempSync(join(tmpdir(), 'sla-kit-try-'));
console.log(`apps in ${work}`);
if (build) {
  console.log('-- npm run build');
  run(npm, ['run', 'build'], root);
}
run(npm, ['pack', '--pack-destination', work, '--ignore-scripts'], root);
const tarball = join(
  work,
  readdirSync(work).find((f) => f.endsWith('.tgz')),
);
console.log(`-- packed ${tarball}`);

const results = [];
for (const name of names) {
  const app = apps[name];
  const dir = join(work, name);
  const result = { name, title: app.title, needed: app.needed, steps: [], ok: false };
  results.push(result);
  try {
    console.log(`\n== ${app.title}`);
    writeFiles(dir, {
      'package.json': JSON.stringify(
        {
          name: `try-sla-kit-${name}`,
          private: true,
          type: 'module',
          dependencies: { ...app.dependencies, 'sla-kit': `file:${tarball}` },
          devDependencies: app.devDependencies,
        },
        null,
        2,
      ),
      ...app.files,
      'public/sample-feed.json': '{}',
    });
    const install = run(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    result.steps.push(`npm install: ${install.seconds.toFixed(0)} s`);
    console.log(`   npm install ${install.seconds.toFixed(0)} s`);
    for (const [command, commandArgs] of app.build) {
      const step = run(command, commandArgs, dir);
      result.steps.push(`${commandArgs[0]}: ${step.seconds.toFixed(1)} s`);
      console.log(`   ${commandArgs.join(' ')}: ok (${step.seconds.toFixed(1)} s)`);
    }
    const { misuse } = app;
    const { readFileSync } = await import('node:fs');
    const original = misuse.replace ? readFileSync(join(dir, misuse.file), 'utf8') : undefined;
    writeFileSync(
      join(dir, misuse.file),
      misuse.replace ? original.replace(misuse.replace[0], misuse.replace[1]) : misuse.text,
    );
    const wrong = run(misuse.check[0], misuse.check[1], dir, { allowFail: true });
    const caught = wrong.status !== 0 && misuse.expect.test(wrong.output);
    result.steps.push(`misuse ${caught ? 'rejected' : 'NOT rejected'}`);
    console.log(`   misuse rejected by the types: ${caught ? 'yes' : `NO\n${wrong.output}`}`);
    result.ok = caught;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    console.log(`   FAILED: ${result.error}`);
  }
}

console.log('\nsummary');
for (const r of results) {
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.title}: ${r.steps.join(', ')}`);
  for (const need of r.needed) console.log(`         needed: ${need}`);
}
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
