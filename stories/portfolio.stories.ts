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
import {
  AS_OF,
  SAMPLE_CUSTOMERS,
  SAMPLE_URL,
  fetchOnceThenFail,
  invalidFeed,
  neverFetch,
  sampleFeed,
} from './fixtures.js';

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
  extras: { feed?: unknown; setup?: (el: SlaPortfolio) => void } = {},
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
    .feed=${extras.feed}
    ${setup ? ref((el) => el && setup(el as SlaPortfolio)) : nothing}
  ></sla-portfolio>`;
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
    src: SAMPLE_URL,
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

/** The provider's book of customers from the sample, worst health first, loaded from `src`. */
export const SmallPortfolio: Story = { name: 'Small portfolio' };

/**
 * 2,000 customers: only the rows near the visible area are in the DOM (`aria-rowcount` names the
 * whole list); here the grid scrolls in its own 480 px box (`scroll-height`).
 */
export const TwoThousandCustomers: Story = {
  name: '2,000 customers',
  args: { src: '', 'scroll-height': '480', 'as-of': '2027-01-15T00:00:00Z' },
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
          card.feed = sampleFeed;
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
};

/** Customers in five currencies: money per customer in its own currency, totals per currency. */
export const SeveralCurrencies: Story = {
  name: 'Several currencies',
  args: { src: '', sort: 'net', 'as-of': '2027-01-15T00:00:00Z' },
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
  render: (args) =>
    render(args, { setup: (el) => el.feedController.setOptions({ fetch: neverFetch }) }),
};

/** The last refresh failed: the data stays, marked with its age, the error in a disclosure. */
export const Stale: Story = {
  render: (args) =>
    render(args, {
      setup: (el) => {
        el.feedController.setOptions({
          fetch: fetchOnceThenFail(),
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
  args: { src: '' },
  render: (args) =>
    render(args, {
      feed: {
        ...(sampleFeed as object),
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
  args: { src: '' },
  render: (args) => render(args, { feed: invalidFeed }),
};
