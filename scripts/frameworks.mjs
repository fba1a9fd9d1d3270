// Framework types, React 18 wrappers and editor data, all generated from custom-elements.json
// (`npm run build`, after the manifest and dist/types exist). Every tag in the manifest is
// covered; there is no list of tags here. Output, all in dist/frameworks/:
//   jsx-types.d.ts  @wc-toolkit/jsx-types: props, events and CSS properties per tag
//   jsx.d.ts/.js    `sla-kit/jsx`: adds them to React 19's JSX.IntrinsicElements
//   vue.d.ts/.js    `sla-kit/vue`: Vue 3 GlobalComponents (vue-tsc checks templates)
//   svelte.d.ts/.js `sla-kit/svelte`: Svelte 5 SvelteHTMLElements (svelte-check)
//   react.js/.d.ts  `sla-kit/react`: @lit/react wrappers for React 18 (they register the tags)
//   vscode.html-custom-data.json, vscode.css-custom-data.json  VS Code custom data
//   web-types.json  JetBrains web-types (package.json "web-types")
// Why these generators and where the kit writes its own: docs/decisions.md ("Framework types").
//
// Types in the manifest name the kit's exported types (`SlaSelectEvent`, `FeedInput`, ...). Each
// is imported from the first public entry that exports it (sla-kit, sla-kit/feed, sla-kit/model);
// a name no entry exports is a warning here (that event or property gets a loose type) and a
// failing test (test/node/frameworks-types.test.ts), so one element cannot stop the build. A
// property the class declares `unknown` (it checks the value at run time, like `.feed`) is typed
// with its documented `@type` from the manifest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Type names that need no import. */
const GLOBAL_TYPES = new Set([
  'Array',
  'CustomEvent',
  'Date',
  'Event',
  'HTMLElement',
  'Map',
  'Partial',
  'Promise',
  'Readonly',
  'ReadonlyArray',
  'Record',
  'Set',
]);

/** Public entries whose declarations may hold a type the manifest names, in this order. */
const TYPE_ENTRIES = [
  ['index', 'types/index.d.ts'],
  ['feed', 'types/feed/index.d.ts'],
  ['model', 'types/model/index.d.ts'],
];

const pascal = (name) =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

/** `sla-select` -> `onSlaSelect` (the @lit/react and Vue handler prop name). */
export const eventPropName = (event) => `on${pascal(event)}`;

const typeNames = (text) =>
  [...String(text).matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)]
    .map((m) => m[0])
    .filter((n) => !GLOBAL_TYPES.has(n));

/** The custom elements of a manifest: class, tag, modules, public props, events. */
export function manifestElements(manifest) {
  const definitions = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition') definitions.set(exp.name, mod.path);
    }
  }
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const props = (decl.members ?? []).filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.readonly &&
          (m.privacy === undefined || m.privacy === 'public') &&
          !m.name.startsWith('#'),
      );
      elements.push({
        name: decl.name,
        tag: decl.tagName,
        summary: decl.summary ?? '',
        module: mod.path,
        define: definitions.get(decl.tagName),
        attributes: (decl.attributes ?? []).filter((a) => a.fieldName),
        props,
        events: (decl.events ?? []).filter((e) => e.name),
      });
    }
  }
  return elements.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** `dist/x/y.js` (a manifest path) -> the path of its declarations from dist/frameworks. */
const typesPathFrom = (distPath) => `../types/${distPath.replace(/^dist\//, '')}`;
const jsPathFrom = (distPath) => `../${distPath.replace(/^dist\//, '')}`;

/**
 * Reads the built declarations with TypeScript: which public entry exports which type name, and
 * which element properties are declared `unknown`.
 */
async function readDeclarations(root, elements) {
  const { default: ts } = await import('typescript');
  const dist = join(root, 'dist');
  const entryFiles = TYPE_ENTRIES.map(([, file]) => join(dist, file));
  const classFiles = elements.map((el) => join(dist, 'types', el.module.replace(/^dist\//, '')));
  const files = [...entryFiles, ...classFiles].map((f) => f.replace(/\.js$/, '.d.ts'));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file) => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    return new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []);
  };
  const entries = TYPE_ENTRIES.map(([name], i) => ({ name, exports: exportsOf(files[i]) }));
  const unknownProps = new Map();
  elements.forEach((el, i) => {
    const source = program.getSourceFile(files[entryFiles.length + i]);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    const classSymbol = moduleSymbol
      ? checker.getExportsOfModule(moduleSymbol).find((s) => s.name === el.name)
      : undefined;
    if (!classSymbol) throw new Error(`${el.name} is not exported from ${el.module}`);
    const instance = checker.getDeclaredTypeOfSymbol(classSymbol);
    const names = new Set();
    for (const prop of el.props) {
      const symbol = checker.getPropertyOfType(instance, prop.name);
      if (!symbol) continue;
      const type = checker.getTypeOfSymbol(symbol);
      if (type.flags & ts.TypeFlags.Unknown) names.add(prop.name);
    }
    unknownProps.set(el.name, names);
  });
  return { entries, unknownProps };
}

/** Everything the templates need: per element its prop types and event types, plus imports. */
export async function frameworkModel(root, manifest) {
  const elements = manifestElements(manifest);
  const { entries, unknownProps } = await readDeclarations(root, elements);
  const imports = new Map(entries.map((entry) => [entry.name, new Set()]));
  const missing = [];
  /**
   * The type text when every name in it is exported by a public entry (and imports them), else
   * the fallback: a missing export must not break the build of everything else; it is listed in
   * `missing` (a warning here, a failing test in test/node/frameworks-types.test.ts).
   */
  const resolve = (text, where, fallback) => {
    const found = [];
    const lacking = [];
    for (const name of typeNames(text)) {
      if (elements.some((el) => el.name === name)) continue;
      const entry = entries.find((e) => e.exports.has(name));
      if (entry) found.push([entry.name, name]);
      else lacking.push(name);
    }
    if (lacking.length) {
      missing.push(`${where}: ${lacking.join(', ')}`);
      return fallback;
    }
    for (const [entry, name] of found) imports.get(entry).add(name);
    return text;
  };
  for (const el of elements) {
    el.propTypes = new Map(
      el.props.map((p) => {
        const fromClass = `${el.name}[${JSON.stringify(p.name)}]`;
        const documented = p.type?.text;
        const typed =
          unknownProps.get(el.name).has(p.name) && documented && documented !== 'unknown';
        return [p.name, typed ? resolve(documented, `${el.tag}.${p.name}`, fromClass) : fromClass];
      }),
    );
    el.eventTypes = new Map(
      el.events.map((e) => {
        const text = e.type?.text?.trim();
        if (!text) {
          missing.push(`${el.tag} ${e.name}: no type in the manifest`);
          return [e.name, 'CustomEvent<unknown>'];
        }
        const type = text.startsWith('{') ? `CustomEvent<${text}>` : text;
        return [e.name, resolve(type, `${el.tag} ${e.name}`, 'CustomEvent<unknown>')];
      }),
    );
  }
  for (const problem of missing) {
    console.warn(`   warning: ${problem} (not exported by sla-kit, sla-kit/feed or sla-kit/model)`);
  }
  return { elements, imports, missing };
}

function importLines(model, { classes = true } = {}) {
  const lines = [];
  for (const [entry, names] of model.imports) {
    if (names.size === 0) continue;
    const from = entry === 'index' ? '../types/index.js' : `../types/${entry}/index.js`;
    lines.push(`import type { ${[...names].sort().join(', ')} } from "${from}";`);
  }
  if (classes) {
    for (const el of model.elements) {
      lines.push(`import type { ${el.name} } from "${typesPathFrom(el.module)}";`);
    }
  }
  return lines.join('\n');
}

const HEADER = (what) =>
  `// ${what}\n// Generated by scripts/frameworks.mjs from custom-elements.json; do not edit.\n`;

const doc = (text) =>
  text ? `/** ${String(text).replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n` : '';

/** Props of an element as attributes (dash-case) and properties (camelCase), shared by Vue/Svelte. */
function propLines(el, indent = '  ') {
  const lines = [];
  const attributeFor = new Map(el.attributes.map((a) => [a.fieldName, a]));
  for (const prop of el.props) {
    const type = el.propTypes.get(prop.name);
    lines.push(`${indent}${doc(prop.description)}${indent}${JSON.stringify(prop.name)}?: ${type};`);
    const attr = attributeFor.get(prop.name);
    if (attr && attr.name !== prop.name) {
      lines.push(
        `${indent}${doc(attr.description)}${indent}${JSON.stringify(attr.name)}?: ${type};`,
      );
    }
  }
  return lines;
}

function vueTypes(model) {
  const blocks = model.elements.map((el) => {
    const events = el.events.map(
      (e) =>
        `  ${doc(e.description)}  ${JSON.stringify(eventPropName(e.name))}?: (event: ${el.eventTypes.get(e.name)}) => void;`,
    );
    return `/** Props and events of \`<${el.tag}>\` in Vue templates. */
export interface ${el.name}VueProps {
${[...propLines(el), ...events].join('\n')}
}`;
  });
  const components = model.elements.map(
    (el) =>
      `    ${doc(el.summary)}    ${JSON.stringify(el.tag)}: DefineComponent<${el.name}VueProps>;`,
  );
  return `${HEADER("Vue 3: the kit's tags in GlobalComponents, so vue-tsc checks their props and events.")}
import type { DefineComponent } from "vue";
${importLines(model)}

${blocks.join('\n\n')}

declare module "vue" {
  interface GlobalComponents {
${components.join('\n')}
  }
}

export {};
`;
}

function svelteTypes(model) {
  const blocks = model.elements.map((el) => {
    const events = el.events.flatMap((e) => {
      const type = `${el.eventTypes.get(e.name)} & { currentTarget: ${el.name} }`;
      return [
        `  ${doc(e.description)}  ${JSON.stringify(`on${e.name}`)}?: (event: ${type}) => void;`,
        `  ${doc(e.description)}  ${JSON.stringify(`on:${e.name}`)}?: (event: ${type}) => void;`,
      ];
    });
    return `/** Props and events of \`<${el.tag}>\` in Svelte markup. */
export interface ${el.name}SvelteProps {
${[...propLines(el), ...events].join('\n')}
}`;
  });
  const tags = model.elements.map(
    (el) =>
      `    ${doc(el.summary)}    ${JSON.stringify(el.tag)}: HTMLAttributes<${el.name}> & ${el.name}SvelteProps;`,
  );
  return `${HEADER("Svelte 5: the kit's tags in SvelteHTMLElements, so svelte-check checks their props and events.")}
import type { HTMLAttributes } from "svelte/elements";
${importLines(model)}

${blocks.join('\n\n')}

declare module "svelte/elements" {
  interface SvelteHTMLElements {
${tags.join('\n')}
  }
}

export {};
`;
}

function reactWrappers(model) {
  const js = [
    HEADER(
      "React 18: @lit/react wrappers of the kit's elements. Importing this registers the tags.",
    ),
    "import * as React from 'react';",
    "import { createComponent } from '@lit/react';",
    ...model.elements.map(
      (el) =>
        `import { ${el.name} as ${el.name}Element } from '${jsPathFrom(el.define ?? el.module)}';`,
    ),
    '',
    ...model.elements.flatMap((el) => [
      `/** \`<${el.tag}>\` as a React component: properties as props, events as \`${el.events[0] ? eventPropName(el.events[0].name) : 'on…'}\`-style props. */`,
      `export const ${el.name} = createComponent({`,
      `  react: React,`,
      `  tagName: '${el.tag}',`,
      `  elementClass: ${el.name}Element,`,
      `  displayName: '${el.name}',`,
      `  events: {${el.events.map((e) => ` ${eventPropName(e.name)}: '${e.name}'`).join(',')} },`,
      `});`,
      '',
    ]),
  ].join('\n');
  const dts = [
    HEADER(
      "React 18: @lit/react wrappers of the kit's elements. Importing this registers the tags.",
    ),
    'import type { ForwardRefExoticComponent } from "react";',
    'import type { EventName, ReactWebComponent } from "@lit/react";',
    importLines(model, { classes: false }),
    ...model.elements.map(
      (el) =>
        `import type { ${el.name} as ${el.name}Element } from "${typesPathFrom(el.define ?? el.module)}";`,
    ),
    '',
    '/** A wrapper whose props P replace the ones of the same name (documented types of `unknown` properties). */',
    'type WithProps<C, P> = C extends ForwardRefExoticComponent<infer Q> ? ForwardRefExoticComponent<Omit<Q, keyof P> & P> : never;',
    '',
    ...model.elements.flatMap((el) => {
      const events = el.events
        .map((e) => `${eventPropName(e.name)}: EventName<${el.eventTypes.get(e.name)}>`)
        .join('; ');
      const typed = el.props
        .filter((p) => el.propTypes.get(p.name) !== `${el.name}[${JSON.stringify(p.name)}]`)
        .map((p) => `${JSON.stringify(p.name)}?: ${el.propTypes.get(p.name)}`)
        .join('; ');
      return [
        `/** \`<${el.tag}>\`: ${el.summary.replace(/\*\//g, '').replace(/\s+/g, ' ')} */`,
        `export declare const ${el.name}: WithProps<ReactWebComponent<${el.name}Element, { ${events} }>, { ${typed} }>;`,
        '',
      ];
    }),
  ].join('\n');
  return { js, dts };
}

/** Fixes on @wc-toolkit/jsx-types' output: import the event types, type `unknown` properties. */
function fixJsxTypes(text, model) {
  let out = text;
  for (const el of model.elements) {
    for (const [prop, type] of el.propTypes) {
      const generic = `${el.name}[${JSON.stringify(prop)}]`;
      if (type === generic) continue;
      out = out.split(generic).join(`(${type})`);
    }
  }
  return `${HEADER("React 19 JSX: props, events and CSS properties of the kit's tags (@wc-toolkit/jsx-types).")}${importLines(model, { classes: false })}\n${out}`;
}

/** Writes dist/frameworks/. Returns the written files (repo-relative). */
export async function generateFrameworks(root, manifest) {
  const outdir = join(root, 'dist', 'frameworks');
  mkdirSync(outdir, { recursive: true });
  const fresh = () => structuredClone(manifest);
  const model = await frameworkModel(root, manifest);
  const written = [];
  const write = (name, text) => {
    writeFileSync(join(outdir, name), text);
    written.push(relative(root, join(outdir, name)));
  };

  const { generateJsxTypes } = await import('@wc-toolkit/jsx-types');
  const jsxFile = 'jsx-types.d.ts';
  generateJsxTypes(fresh(), {
    outdir,
    fileName: jsxFile,
    componentTypePath: (_name, _tag, modulePath) => typesPathFrom(modulePath),
    stronglyTypedEvents: true,
    hideLogs: true,
  });
  const { readFileSync } = await import('node:fs');
  write(jsxFile, fixJsxTypes(readFileSync(join(outdir, jsxFile), 'utf8'), model));
  write(
    'jsx.d.ts',
    `${HEADER("React 19: the kit's tags in JSX.IntrinsicElements. `import 'sla-kit/jsx'` once.")}
import type { CustomElements } from "./jsx-types.js";
export type * from "./jsx-types.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
  );
  const empty = (what) => `${HEADER(what)}export {};\n`;
  write('jsx.js', empty('Types only (jsx.d.ts); importing it does nothing.'));
  write('vue.d.ts', vueTypes(model));
  write('vue.js', empty('Types only (vue.d.ts); importing it does nothing.'));
  write('svelte.d.ts', svelteTypes(model));
  write('svelte.js', empty('Types only (svelte.d.ts); importing it does nothing.'));
  const react = reactWrappers(model);
  write('react.js', react.js);
  write('react.d.ts', react.dts);

  const { generateVsCodeCustomElementData } = await import('custom-element-vs-code-integration');
  generateVsCodeCustomElementData(fresh(), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  });
  written.push(
    'dist/frameworks/vscode.html-custom-data.json',
    'dist/frameworks/vscode.css-custom-data.json',
  );
  const { generateJetBrainsWebTypes } = await import('custom-element-jet-brains-integration');
  generateJetBrainsWebTypes(fresh(), {
    outdir,
    webTypesFileName: 'web-types.json',
    packageJson: false,
    // The module that exports the class, from the package root (the manifest may name the source).
    modulePathTemplate: (_name, modulePath) =>
      modulePath
        .replace(/^\//, '')
        .replace(/^src\//, 'dist/')
        .replace(/\.ts$/, '.js'),
    hideLogs: true,
  });
  written.push('dist/frameworks/web-types.json');
  return written;
}
