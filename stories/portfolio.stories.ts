/**
 * `<sla-portfolio>`: the catalogue of its states, from the committed fixtures and a fixed "now".
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/sla-portfolio.js';
import '../src/define/sla-scorecard.js';
import type { SlaPortfolio } from '../src/elements/portfolio/sla-portfolio.js';
import { portfolioFeed } from '../test/fixtures/portfolio-feeds.js';
import { AS_OF, SAMPLE_CUSTOMERS, invalidFeed, neverFetch, sampleFeed } from './fixtures.js';

interface Branded {
  provider: { branding?: { logoUrl?: string } };
  customers: { branding?: { logoUrl?: string } }[];
}

let local: unknown;
/**
 * The sample without its logo URLs: their hosts do not exist, and the story check fails on the
 * failed request. The accents stay; the white-label story gives its logo through the `logo` slot.
 */
const localSample = (): unknown => {
  if (local === undefined) {
    const feed = structuredClone(sampleFeed) as Branded;
    for (const b of [feed.provider.branding, ...feed.customers.map((c) => c.branding)])
      if (b) delete b.logoUrl;
    local = feed;
  }
  return local;
};

/** Answers with the sample the first time, then fails like a dropped connection. */
function onceThenFail(): () => Promise<Response> {
  let calls = 0;
  return () =>
    calls++ === 0
      ? Promise.resolve(
          new Response(JSON.stringify(localSample()), {
            headers: { 'content-type': 'application/json' },
          }),
        )
      : Promise.reject(new TypeError('Failed to fetch'));
}

interface PortfolioArgs {
  customer?: string;
  'as-of'?: string;
  locale?: string;
  src?: string;
  sort?: string;
  direction?: string;
  'filter-status'?: string;
  search?: string;
  expanded?: string;
  'scroll-height'?: string;
  theme?: string;
}

/** Empty strings from cleared controls mean "attribute not set". */
const attr = (value: string | undefined): string | typeof nothing =>
  value === undefined || value === '' ? nothing : value;

function render(
  args: PortfolioArgs,
  extras: { feed?: unknown; setup?: (el: SlaPortfolio) => void; logo?: unknown } = {},
) {
  const setup = extras.setup;
  return html`<sla-portfolio
    customer=${attr(args.customer)}
    as-of=${attr(args['as-of'])}
    locale=${attr(args.locale)}
    src=${attr(args.src)}
    sort=${attr(args.sort)}
    direction=${attr(args.direction)}
    filter-status=${attr(args['filter-status'])}
    search=${attr(args.search)}
    expanded=${attr(args.expanded)}
    scroll-height=${attr(args['scroll-height'])}
    theme=${attr(args.theme)}
    .feed=${extras.feed ?? (args.src ? undefined : localSample())}
    ${setup ? ref((el) => el && setup(el as SlaPortfolio)) : nothing}
    >${extras.logo ?? nothing}</sla-portfolio
  >`;
}

/** A dark page around the story (the element's own surface is dark with `theme="dark"`). */
const darkPage: Decorator<PortfolioArgs> = (story) =>
  html`<div class="sb-frame sb-frame--dark">${story()}</div>`;

/** A narrow container (a phone, a side panel). */
const narrowPage: Decorator<PortfolioArgs> = (story) =>
  html`<div class="sb-frame sb-frame--narrow">${story()}</div>`;

let large: unknown;
/** 2,000 customers in five currencies (generated, seeded: always the same). */
const largeFeed = (): unknown => (large ??= portfolioFeed({ customers: 2000 }));

let currencies: unknown;
/** 24 customers in five currencies. */
const currencyFeed = (): unknown => (currencies ??= portfolioFeed({ customers: 24 }));

const meta = {
  title: 'Elements/sla-portfolio',
  component: 'sla-portfolio',
  render: (args) => render(args),
  args: {
    customer: '',
    'as-of': AS_OF,
    locale: 'en-GB',
    src: '',
    sort: 'health',
    direction: 'ascending',
  },
  argTypes: {
    customer: { control: 'select', options: ['', ...SAMPLE_CUSTOMERS, 'nope'] },
    locale: { control: 'select', options: ['en-GB', 'de-DE', 'ar-EG'] },
    sort: {
      control: 'select',
      options: [
        'name',
        'health',
        'met',
        'atRisk',
        'breached',
        'credit',
        'bonus',
        'net',
        'worst',
        'review',
        'exit',
      ],
    },
    direction: { control: 'inline-radio', options: ['ascending', 'descending'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
} satisfies Meta<PortfolioArgs>;
export default meta;

type Story = StoryObj<PortfolioArgs>;

/** The provider's book of customers from the sample, worst health first. */
export const SmallPortfolio: Story = { name: 'Small portfolio' };

/**
 * 2,000 customers: only the rows near the visible area are in the DOM (`aria-rowcount` names the
 * whole list); here the grid scrolls in its own 480 px box (`scroll-height`).
 */
export const TwoThousandCustomers: Story = {
  name: '2,000 customers',
  args: { 'scroll-height': '480', 'as-of': '2027-01-15T00:00:00Z' },
  render: (args) => render(args, { feed: largeFeed() }),
};

/**
 * A customer drilled down along the levels: corporate terms, the customer agreement, its service
 * agreements (each saying what it inherits and overrides), their objectives, and a service node
 * whose dependency chain opens on Enter. Selecting a node shows a scorecard under it (the
 * `detail` slot), as a provider console does.
 */
export const DrillDown: Story = {
  name: 'Drill-down (expanded)',
  args: { expanded: 'contoso' },
  render: (args) =>
    render(args, {
      setup: (el) => {
        if (el.dataset.wired) return;
        el.dataset.wired = 'true';
        el.addEventListener('sla-select', ({ detail }) => {
          el.querySelector('[slot="detail"]')?.remove();
          const agreement =
            detail.kind === 'agreement' || detail.kind === 'objective' || detail.kind === 'service'
              ? detail.agreement
              : undefined;
          if (!agreement) return;
          const card = document.createElement('sla-scorecard');
          card.slot = 'detail';
          card.setAttribute('agreement', agreement);
          card.setAttribute('as-of', AS_OF);
          card.setAttribute('locale', el.getAttribute('locale') ?? 'en-GB');
          card.feed = localSample();
          el.append(card);
        });
      },
    }),
};

/**
 * Embedded in one customer's portal: `customer="tailspin"` shows Tailspin only (its row open),
 * under Tailspin's own brand (name, logo, accent) from the feed; nothing of the other customers
 * is rendered. Customers without branding show the provider's.
 */
export const ScopedWhiteLabel: Story = {
  name: 'Scoped single-customer embed, white-label',
  args: { customer: 'tailspin' },
  render: (args) =>
    render(args, {
      // The portal's own logo (the feed's `logoUrl` would do the same over https).
      logo: html`<svg slot="logo" viewBox="0 0 120 32" role="img" aria-label="Tailspin Health">
        <circle cx="16" cy="16" r="13" fill="#7a1fa2"></circle>
        <path d="M9 17h14M16 10v14" stroke="#fff" stroke-width="4"></path>
        <text x="36" y="22" font-size="15" font-family="sans-serif" fill="currentColor">
          Tailspin
        </text>
      </svg>`,
    }),
};

/** Customers in five currencies: money per customer in its own currency, totals per currency. */
export const SeveralCurrencies: Story = {
  name: 'Several currencies',
  args: { sort: 'net', 'as-of': '2027-01-15T00:00:00Z' },
  render: (args) => render(args, { feed: currencyFeed() }),
};

/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', expanded: 'fabrikam' },
  decorators: [darkPage],
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  name: 'RTL (Arabic)',
  args: { locale: 'ar-EG', expanded: 'tailspin' },
};

/** A narrow container: customer, health, breached and net, with review and exit below. */
export const Narrow: Story = {
  decorators: [narrowPage],
};

/** Waiting for the feed: a skeleton with `aria-busy` (the request here never answers). */
export const Loading: Story = {
  tags: ['expect-loading'],
  args: { src: '/sample-feed.json' },
  render: (args) =>
    render(args, { setup: (el) => el.feedController.setOptions({ fetch: neverFetch }) }),
};

/** The last refresh failed: the data stays, marked with its age, the error in a disclosure. */
export const Stale: Story = {
  args: { src: '/sample-feed.json' },
  render: (args) =>
    render(args, {
      setup: (el) => {
        el.feedController.setOptions({
          fetch: onceThenFail(),
          maxAttempts: 1,
          // The last good load happened 25 minutes before the story's "now".
          now: () => Date.parse(AS_OF) - 25 * 60_000,
        });
        el.addEventListener('sla-load', () => void el.refresh(), { once: true });
      },
    }),
};

/** A feed without customers. */
export const Empty: Story = {
  name: 'Empty: no customers',
  render: (args) =>
    render(args, {
      feed: {
        ...(localSample() as object),
        customers: [],
        agreements: [],
        periods: [],
        breaches: [],
        maintenance: [],
      },
    }),
};

/** The customer asked for is not in the feed: the element says which id it looked for. */
export const EmptyCustomer: Story = {
  name: 'Empty: unknown customer',
  args: { customer: 'nope' },
};

/** A feed that breaks a rule: the error lists each issue with its path. */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  render: (args) => render(args, { feed: invalidFeed }),
};
