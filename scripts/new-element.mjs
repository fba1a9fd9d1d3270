// `npm run new-element -- sla-x`: writes a new element in the kit's anatomy
// (src/elements/shared/README.md, docs/architecture.md):
//   src/elements/x/sla-x.ts           the element class with its JSDoc header (manifest, docs)
//   src/elements/x/sla-x.styles.ts    its styles (resolved --_sla-* tokens only)
//   src/elements/x/i18n/{en,de,ar,index}.ts  its own messages (keys prefixed by the element)
//   src/elements/x/README.md          what the element is for, what goes where
//   src/define/sla-x.ts               the guarded registration
//   test/elements/x/harness.ts        its test harness (on the shared ElementHarness)
//   test/elements/x/sla-x.test.ts     states, what it shows, accessibility, through the harness
//   stories/x.stories.ts              the catalogue of its states
// then formats them with prettier and regenerates custom-elements.json.
//
// The element renders its loading, error and "no data" states through the base class
// (renderWithState) and says which agreement is missing, so it is correct from its first commit.
//
// Usage: node scripts/new-element.mjs sla-x [--root dir] [--skip-analyze]
//   --root          write into another copy of the repository (the generator's own test uses it)
//   --skip-analyze  do not regenerate custom-elements.json
// Refuses a name without the `sla-` prefix, a name that is not lower-case kebab case, and a name
// whose folder, define entry, test folder or story already exists. Writes nothing then.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));

/** Parses argv; returns the options or throws with a message for the user. */
export function parseArgs(argv) {
  const options = { tag: undefined, root: repo, analyze: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--root') options.root = argv[++i];
    else if (arg === '--skip-analyze') options.analyze = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (options.tag === undefined) options.tag = arg;
    else throw new Error(`one element at a time (got ${options.tag} and ${arg})`);
  }
  if (!options.tag) throw new Error('usage: npm run new-element -- sla-<name>');
  if (!options.root) throw new Error('--root needs a directory');
  return options;
}

/** The names a tag gives: folder, class, message prefix. Throws for a name the kit refuses. */
export function namesOf(tag) {
  if (!tag.startsWith('sla-')) {
    throw new Error(`"${tag}" has no sla- prefix: every tag and event of the kit starts with sla-`);
  }
  if (!/^sla-[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(tag)) {
    throw new Error(`"${tag}" is not a lower-case kebab-case tag (like sla-breach-timeline)`);
  }
  const folder = tag.slice('sla-'.length);
  const words = folder.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  const camel = pascal[0].toLowerCase() + pascal.slice(1);
  const title = words.map((w, i) => (i ? w : w[0].toUpperCase() + w.slice(1))).join(' ');
  return { tag, folder, className: `Sla${pascal}`, pascal, prefix: camel, camel, title };
}

/** The files of a new element, path (repo-relative, posix) to text. */
export function filesFor(n) {
  const el = `src/elements/${n.folder}`;
  return {
    [`${el}/${n.tag}.ts`]: elementFile(n),
    [`${el}/${n.tag}.styles.ts`]: stylesFile(n),
    [`${el}/i18n/en.ts`]: englishFile(n),
    [`${el}/i18n/de.ts`]: germanFile(n),
    [`${el}/i18n/ar.ts`]: arabicFile(n),
    [`${el}/i18n/index.ts`]: bundleFile(n),
    [`${el}/README.md`]: readmeFile(n),
    [`src/define/${n.tag}.ts`]: defineFile(n),
    [`test/elements/${n.folder}/harness.ts`]: harnessFile(n),
    [`test/elements/${n.folder}/${n.tag}.test.ts`]: testFile(n),
    [`stories/${n.folder}.stories.ts`]: storyFile(n),
  };
}

function elementFile(n) {
  return `import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { Agreement, Feed } from '../../feed/types.js';
import { indexFeed, resolveAgreement } from '../../model/index.js';
import {
  SlaElement,
  renderEmpty,
  slaErrorEvent,
  translate,
  type MessageKey,
} from '../shared/index.js';
import { ${n.camel}Messages } from './i18n/index.js';
import { ${n.camel}Styles } from './${n.tag}.styles.js';

/** What the element shows: one agreement, or a message saying what is missing. */
type View =
  | { readonly kind: 'agreement'; readonly agreement: Agreement }
  | { readonly kind: 'empty'; readonly key: MessageKey; readonly params: Record<string, string> };

/**
 * The view from the feed (the customer's part of it when \`customer\` is set). Derive figures with
 * \`src/model\` (a view model is a thin selection over the model), never here by hand.
 */
function deriveView(feed: Feed, agreementId: string | undefined, customerId: string | undefined): View {
  if (!agreementId) return { kind: 'empty', key: '${n.prefix}.pickAgreement', params: {} };
  const agreement = feed.agreements.find((a) => a.id === agreementId);
  if (agreement) return { kind: 'agreement', agreement };
  // The display feed holds only the customer's agreements: do not say whether the id exists.
  return customerId
    ? { kind: 'empty', key: 'state.empty.notOfCustomer', params: { id: agreementId, customer: customerId } }
    : { kind: 'empty', key: 'state.empty.agreement', params: { id: agreementId } };
}

/**
 * ${n.title} of one agreement. (Say here what the reader learns from it, in a sentence or two.)
 *
 * @summary ${n.title}: one agreement of the feed.
 *
 * Data comes from \`src\`, \`.feed\`, an inline \`<script type="application/json">\` child, or a
 * surrounding \`<sla-feed>\`; loading, errors and "no data" are the base class's states.
 *
 * @fires {SlaLoadEvent} sla-load - A new, valid feed is shown, or loading works again after \`sla-error\`; not when the feed comes from \`<sla-feed>\`.
 * @fires {SlaErrorEvent} sla-error - Loading or validation failed, or the agreement is not in the feed (kind \`missing\`).
 *
 * @csspart base - The element's content for one agreement.
 * @csspart heading - The agreement's name.
 *
 * @cssprop --sla-accent - Brand accent; set from the feed's branding.
 */
export class ${n.className} extends SlaElement {
  static override styles = [SlaElement.styles, ${n.camel}Styles];
  static override messages = [${n.camel}Messages];

  static override properties = {
    agreement: { type: String, reflect: true },
  };

  /** Id of the agreement to show. */
  declare agreement: string | undefined;

  #view: View = { kind: 'empty', key: '${n.prefix}.pickAgreement', params: {} };
  #reportedMissing = '';

  protected override brandingCustomerId(): string | undefined {
    if (this.customer) return this.customer;
    const feed = this.feedState.feed;
    if (!feed || !this.agreement) return undefined;
    return resolveAgreement(indexFeed(feed), this.agreement)?.customerId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.displayFeed;
    if (
      feed &&
      (changed.has('feedState' as keyof ${n.className}) ||
        changed.has('agreement') ||
        changed.has('customer'))
    ) {
      this.#view = deriveView(feed, this.agreement, this.scopeCustomerId);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Say once, through sla-error, that what the attributes ask for is not in the feed.
    const view = this.#view;
    const missing =
      this.feedState.feed && view.kind === 'empty' && view.key !== '${n.prefix}.pickAgreement'
        ? translate('en', view.key, view.params)
        : '';
    if (missing && missing !== this.#reportedMissing) {
      this.dispatchEvent(slaErrorEvent({ kind: 'missing', message: missing, issues: [] }));
    }
    this.#reportedMissing = missing;
  }

  protected override render(): TemplateResult {
    return this.renderWithState(() => {
      const view = this.#view;
      if (view.kind === 'empty') return renderEmpty(this.t, view.key, view.params);
      const a = view.agreement;
      return html\`<section class="base" part="base" aria-labelledby="heading">
        <h2 id="heading" part="heading"><bdi>\${a.name}</bdi></h2>
        <p>\${this.t('${n.prefix}.intro')}</p>
      </section>\`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
}
`;
}

function stylesFile(n) {
  return `/** Styles of \`<${n.tag}>\`: resolved tokens (\`var(--_sla-*)\`) only; pages set \`--sla-*\`. */
import { css } from 'lit';

export const ${n.camel}Styles = css\`
  .base {
    display: grid;
    gap: var(--_sla-space-2);
    border-top: 4px solid var(--_sla-accent);
    padding: var(--_sla-space-2);
    color: var(--_sla-text);
  }
  h2 {
    margin: 0;
    font-size: 1.125rem;
  }
\`;
`;
}

function englishFile(n) {
  return `/**
 * English messages of \`<${n.tag}>\`: the source of truth for its keys (\`${n.prefix}.*\`). Shared
 * strings (states, status words, labels) are in \`../../shared/i18n/en.ts\`.
 */
import type { Message } from '../../shared/i18n/types.js';

export const en = {
  '${n.prefix}.pickAgreement': 'Choose an agreement to show.',
  '${n.prefix}.intro': 'How the provider is doing against this agreement.',
} as const satisfies Readonly<Record<string, Message>>;

type ${n.pascal}Key = keyof typeof en;
export type ${n.pascal}Catalogue = { readonly [K in ${n.pascal}Key]: Message };

declare module '../../shared/i18n/keys.js' {
  // Adds this element's keys to MessageKey wherever it is compiled in.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface KitMessages extends ${n.pascal}Catalogue {}
}
`;
}

function germanFile(n) {
  return `/** German messages of \`<${n.tag}>\` (loaded on first use). Keys and placeholders as in en.ts. */
import type { ${n.pascal}Catalogue } from './en.js';

export const de: ${n.pascal}Catalogue = {
  '${n.prefix}.pickAgreement': 'Wählen Sie eine Vereinbarung aus.',
  '${n.prefix}.intro': 'Wie der Anbieter bei dieser Vereinbarung abschneidet.',
};
`;
}

function arabicFile(n) {
  return `/** Arabic messages of \`<${n.tag}>\` (loaded on first use). Keys and placeholders as in en.ts. */
import type { ${n.pascal}Catalogue } from './en.js';

export const ar: ${n.pascal}Catalogue = {
  '${n.prefix}.pickAgreement': 'اختر اتفاقية لعرضها.',
  '${n.prefix}.intro': 'أداء مقدّم الخدمة في هذه الاتفاقية.',
};
`;
}

function bundleFile(n) {
  return `/**
 * The message bundle of \`<${n.tag}>\`: English inline, German and Arabic as chunks of their own
 * that load when the element first shows that language.
 */
import { defineMessages } from '../../shared/i18n/index.js';
import { en } from './en.js';

export const ${n.camel}Messages = defineMessages('${n.tag}', en, {
  de: () => import('./de.js').then((m) => m.de),
  ar: () => import('./ar.js').then((m) => m.ar),
});
`;
}

function readmeFile(n) {
  return `# \`<${n.tag}>\`

${n.title} of one agreement. (Say what the reader learns here and for whom.)

| File | What goes in it |
| --- | --- |
| \`${n.tag}.ts\` | The element: properties, lifecycle, events, \`render()\`; the JSDoc header feeds custom-elements.json and the docs. |
| \`${n.tag}.styles.ts\` | Its styles (resolved \`--_sla-*\` tokens). |
| \`${n.tag}.<region>.ts\` | Rendering helpers by region (header, rows, footer, ...) once \`render()\` grows past one screen. |
| \`i18n/\` | Its messages (\`${n.prefix}.*\`): \`en.ts\` is the source of the keys, \`de.ts\` and \`ar.ts\` load on first use. |

Figures come from \`src/model\` and geometry from \`src/layout\`; the element only selects, formats
and lays out. Registration: \`src/define/${n.tag}.ts\`. Tests: \`test/elements/${n.folder}/\`, through
its harness. Stories: \`stories/${n.folder}.stories.ts\`.

Before the first release: list the class in \`src/index.ts\` (and \`test/node/public-api.txt\`), add
the catalogue to \`test/elements/shared/i18n.test.ts\`, and give its bundle a size budget.
`;
}

function defineFile(n) {
  return `/** Registers \`<${n.tag}>\` (and \`<sla-feed>\`, which it is usually used with). */
import { ${n.className} } from '../elements/${n.folder}/${n.tag}.js';
// Registers <sla-feed> first, which also attaches the feed context root.
import './sla-feed.js';

if (!customElements.get('${n.tag}')) customElements.define('${n.tag}', ${n.className});

export { ${n.className} };
`;
}

function harnessFile(n) {
  return `/**
 * The \`<${n.tag}>\` test harness: tests create the element, act on it and read it through this,
 * as a reader sees it (by part and text), never through its private fields.
 */
import { fixture, html } from '@open-wc/testing';
import '../../../src/define/${n.tag}.js';
import type { ${n.className} } from '../../../src/elements/${n.folder}/${n.tag}.js';
import { ElementHarness } from '../shared/element-harness.js';

/** Attributes a test can set (strings as in HTML). */
export interface ${n.pascal}Attributes {
  readonly agreement?: string;
  readonly customer?: string;
  readonly locale?: string;
  readonly src?: string;
}

/** An element in the page with these attributes and \`.feed\`, updated and ready to read. */
export async function ${n.camel}(
  attrs: ${n.pascal}Attributes = {},
  feed?: unknown,
): Promise<${n.pascal}Harness> {
  const el = await fixture<${n.className}>(
    html\`<${n.tag}
      agreement=\${attrs.agreement ?? ''}
      customer=\${attrs.customer ?? ''}
      locale=\${attrs.locale ?? 'en-GB'}
      src=\${attrs.src ?? ''}
      .feed=\${feed}
    ></${n.tag}>\`,
  );
  const harness = new ${n.pascal}Harness(el);
  await harness.settle();
  return harness;
}

export class ${n.pascal}Harness extends ElementHarness<${n.className}> {
  /** The agreement's name, '' when none is shown. */
  get heading(): string {
    return this.partText('heading');
  }
}
`;
}

function testFile(n) {
  return `import { expect, fixture, html } from '@open-wc/testing';
import type { ${n.className} } from '../../../src/elements/${n.folder}/${n.tag}.js';
import { de } from '../../../src/elements/${n.folder}/i18n/de.js';
import { ar } from '../../../src/elements/${n.folder}/i18n/ar.js';
import { en } from '../../../src/elements/${n.folder}/i18n/en.js';
import { ElementHarness } from '../shared/element-harness.js';
import { rawFeed, until } from '../shared/harness.js';
import { ${n.camel} } from './harness.js';

describe('<${n.tag}>', () => {
  describe('states', () => {
    it('shows the loading skeleton while the feed is on its way', async () => {
      const el = await fixture<${n.className}>(html\`<${n.tag} agreement="gold"></${n.tag}>\`);
      el.feedController.setOptions({ fetch: () => new Promise<Response>(() => undefined) });
      el.src = '/never-answers.json';
      const harness = new ElementHarness(el);
      await el.updateComplete;
      expect(harness.isLoading).to.equal(true);
      expect(harness.part('loading')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('says that no data was provided without a feed', async () => {
      const el = await ${n.camel}({ agreement: 'gold' });
      expect(el.emptyText).to.not.equal('');
      expect(el.heading).to.equal('');
    });

    it('shows the issues of an invalid feed with their paths', async () => {
      const el = await ${n.camel}({ agreement: 'gold' }, { schemaVersion: 1 });
      expect(el.errorText).to.include('provider');
    });

    it('says which agreement is missing, and fires sla-error', async () => {
      const el = await ${n.camel}({}, rawFeed());
      expect(el.emptyText).to.equal(en['${n.prefix}.pickAgreement']);
      const errors = el.events('sla-error');
      el.element.agreement = 'nope';
      await el.settle();
      expect(el.emptyText).to.equal('No agreement "nope" in the feed.');
      await until(() => errors.length === 1, 'sla-error fires');
      expect(errors[0]!.detail.kind).to.equal('missing');
    });
  });

  describe('what it shows', () => {
    it('names the agreement', async () => {
      const el = await ${n.camel}({ agreement: 'gold' }, rawFeed());
      expect(el.heading).to.equal('Gold SLA');
    });

    it('has the same message keys in English, German and Arabic', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(de).sort()).to.deep.equal(keys);
      expect(Object.keys(ar).sort()).to.deep.equal(keys);
    });
  });

  describe('accessibility', () => {
    it('is accessible with data, when empty and on error', async () => {
      await expect((await ${n.camel}({ agreement: 'gold' }, rawFeed())).element).to.be.accessible();
      await expect((await ${n.camel}({ agreement: 'nope' }, rawFeed())).element).to.be.accessible();
      await expect((await ${n.camel}({ agreement: 'gold' }, { schemaVersion: 1 })).element).to.be.accessible();
    });
  });
});
`;
}

function storyFile(n) {
  return `/**
 * \`<${n.tag}>\`: the catalogue of its states, from the committed fixtures and a fixed "now".
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/${n.tag}.js';
import type { ${n.className} } from '../src/elements/${n.folder}/${n.tag}.js';
import { AS_OF, SAMPLE_AGREEMENTS, SAMPLE_URL, invalidFeed, neverFetch } from './fixtures.js';

interface ${n.pascal}Args {
  agreement?: string;
  customer?: string;
  'as-of'?: string;
  locale?: string;
  src?: string;
}

/** Empty strings from cleared controls mean "attribute not set". */
const attr = (value: string | undefined): string | typeof nothing =>
  value === undefined || value === '' ? nothing : value;

function render(
  args: ${n.pascal}Args,
  extras: { feed?: unknown; setup?: (el: ${n.className}) => void } = {},
) {
  const setup = extras.setup;
  return html\`<${n.tag}
    agreement=\${attr(args.agreement)}
    customer=\${attr(args.customer)}
    as-of=\${attr(args['as-of'])}
    locale=\${attr(args.locale)}
    src=\${attr(args.src)}
    .feed=\${extras.feed}
    \${setup ? ref((el) => el && setup(el as ${n.className})) : nothing}
  ></${n.tag}>\`;
}

const meta = {
  title: 'Elements/${n.tag}',
  component: '${n.tag}',
  render: (args) => render(args),
  args: {
    agreement: SAMPLE_AGREEMENTS[0],
    customer: '',
    'as-of': AS_OF,
    locale: 'en-GB',
    src: SAMPLE_URL,
  },
  argTypes: {
    agreement: { control: 'select', options: ['', ...SAMPLE_AGREEMENTS, 'nope'] },
    locale: { control: 'select', options: ['en-GB', 'de-DE', 'ar-EG'] },
  },
} satisfies Meta<${n.pascal}Args>;
export default meta;

type Story = StoryObj<${n.pascal}Args>;

/** One agreement of the sample, loaded from \`src\` as a portal does. */
export const Default: Story = {};

/** Waiting for the feed: a skeleton with \`aria-busy\` (the request here never answers). */
export const Loading: Story = {
  tags: ['expect-loading'],
  render: (args) =>
    render(args, { setup: (el) => el.feedController.setOptions({ fetch: neverFetch }) }),
};

/** The agreement is not in the feed: the element says which id it looked for. */
export const EmptyAgreement: Story = {
  name: 'Empty: unknown agreement',
  args: { agreement: 'nope' },
};

/** A feed that breaks a rule: the error lists each issue with its path. */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { src: '' },
  render: (args) => render(args, { feed: invalidFeed }),
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  args: { locale: 'ar-EG' },
};
`;
}

/** Writes the element; returns the repo-relative paths written. Throws (writing nothing) on refusal. */
export function generate(tag, root = repo) {
  const n = namesOf(tag);
  const files = filesFor(n);
  const taken = [`src/elements/${n.folder}`, `test/elements/${n.folder}`, ...Object.keys(files)]
    .filter((p) => existsSync(join(root, p)))
    .sort();
  if (taken.length) {
    throw new Error(`${tag} exists already (${taken.join(', ')}): pick another name`);
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  return Object.keys(files);
}

function bin(root, name) {
  const local = join(root, 'node_modules', '.bin', name);
  return existsSync(local) ? local : join(repo, 'node_modules', '.bin', name);
}

function main() {
  let options;
  let written;
  try {
    options = parseArgs(process.argv.slice(2));
    written = generate(options.tag, options.root);
  } catch (error) {
    console.error(`new-element: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { root } = options;
  const prettier = spawnSync(
    bin(root, 'prettier'),
    ['--write', '--log-level', 'warn', ...written],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (prettier.status !== 0) console.error('new-element: prettier failed; the files are written');
  if (options.analyze) {
    const analyze = spawnSync(bin(root, 'custom-elements-manifest'), ['analyze', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (analyze.status !== 0) console.error('new-element: npm run analyze failed');
  }
  const shown = relative(process.cwd(), root) || '.';
  console.log(`Wrote <${options.tag}> in ${shown}:`);
  for (const path of written) console.log(`  ${path}`);
  console.log(
    'Next: describe it in its JSDoc and README, derive from src/model, test through its harness.',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
