// ESLint 10 flat config.
//   - @eslint/js recommended everywhere;
//   - typescript-eslint recommendedTypeChecked on every .ts file (src, test, stories, demo, bench,
//     scripts, configs), typed through the project service (tsconfig.json must include the file);
//   - plain .js/.mjs/.cjs (configs, scripts) are linted without type information;
//   - Lit and web-component rules (eslint-plugin-lit, eslint-plugin-wc);
//   - the kit's one hard rule: no HTML sinks. Feed text is text (see shared design notes).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML = 'Feed text is text: render through Lit templates or textContent, never as HTML.';
const NO_UNSAFE_CSS =
  'unsafeCSS turns a string into a stylesheet: feed values must never reach CSS. Write css`` literals; set dynamic values with el.style.setProperty().';
const NO_STYLE_MAP =
  'styleMap writes style="" strings that a strict CSP blocks: set SVG attributes, or use el.style.setProperty().';

const htmlSinks = {
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'lit', importNames: ['unsafeCSS'], message: NO_UNSAFE_CSS },
          { name: '@lit/reactive-element', importNames: ['unsafeCSS'], message: NO_UNSAFE_CSS },
          {
            name: '@lit/reactive-element/css-tag.js',
            importNames: ['unsafeCSS'],
            message: NO_UNSAFE_CSS,
          },
        ],
        patterns: [
          {
            regex: '^lit(-html)?/directives/unsafe-(html|svg|mathml)(\\.js)?$',
            message: NO_HTML,
          },
          {
            regex: '^lit(-html)?/directives/style-map(\\.js)?$',
            message: NO_STYLE_MAP,
          },
          {
            regex: '^lit(-html)?/static-html(\\.js)?$',
            importNames: ['unsafeStatic'],
            message: NO_HTML,
          },
        ],
      },
    ],
    'no-restricted-properties': [
      'error',
      { property: 'innerHTML', message: NO_HTML },
      { property: 'outerHTML', message: NO_HTML },
      { property: 'insertAdjacentHTML', message: NO_HTML },
      { property: 'setHTMLUnsafe', message: NO_HTML },
      { property: 'createContextualFragment', message: NO_HTML },
      { object: 'document', property: 'write', message: NO_HTML },
      { object: 'document', property: 'writeln', message: NO_HTML },
      { property: 'unsafeCSS', message: NO_UNSAFE_CSS },
    ],
    'no-restricted-syntax': [
      'error',
      {
        // d3-selection's selection.html(...) (and any other .html(...) call). Lit's html`` is a
        // tagged template, not a call, so it is unaffected.
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='html']",
        message: NO_HTML,
      },
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.value='html']",
        message: NO_HTML,
      },
    ],
  },
};

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'storybook-static/',
    'node_modules/',
    'bench/results/',
    'reports/',
    '.stryker-tmp/',
    'custom-elements.json',
    // Framework fixtures, checked against the built package by their own compilers.
    'test/types/',
  ]),

  js.configs.recommended,

  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_`-prefixed names are intentionally unused (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },

  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's describe/it return promises the runner itself awaits.
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'skip', 'only', 'todo'],
            },
            // @open-wc/semantic-dom-diff types every chai `equal` as Promise<Assertion>, but
            // the assertions are synchronous. Real async ones (`accessible()`) stay flagged.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
    },
  },

  {
    // Config files and node scripts: no type information, node globals.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['demo/**/*.{js,mjs}', 'stories/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser } },
  },

  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      // Reactive properties are `declare` fields with constructor defaults; a plain class field
      // would shadow Lit's accessor and silently stop updates.
      'lit/no-classfield-shadowing': 'error',
      'lit/lifecycle-super': 'error',
    },
  },
  {
    files: ['src/define/**/*.ts'],
    rules: { 'wc/guard-define-call': 'error' },
  },

  htmlSinks,
]);
