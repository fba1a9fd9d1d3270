/**
 * `<sla-portfolio>`: the catalogue of its states, from the committed fixtures and a fixed "now".
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/sla-portfolio.js';
import type { SlaPortfolio } from '../src/elements/portfolio/sla-portfolio.js';
import { AS_OF, SAMPLE_AGREEMENTS, SAMPLE_URL, invalidFeed, neverFetch } from './fixtures.js';

interface PortfolioArgs {
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
  args: PortfolioArgs,
  extras: { feed?: unknown; setup?: (el: SlaPortfolio) => void } = {},
) {
  const setup = extras.setup;
  return html`<sla-portfolio
    agreement=${attr(args.agreement)}
    customer=${attr(args.customer)}
    as-of=${attr(args['as-of'])}
    locale=${attr(args.locale)}
    src=${attr(args.src)}
    .feed=${extras.feed}
    ${setup ? ref((el) => el && setup(el as SlaPortfolio)) : nothing}
  ></sla-portfolio>`;
}

const meta = {
  title: 'Elements/sla-portfolio',
  component: 'sla-portfolio',
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
} satisfies Meta<PortfolioArgs>;
export default meta;

type Story = StoryObj<PortfolioArgs>;

/** One agreement of the sample, loaded from `src` as a portal does. */
export const Default: Story = {};

/** Waiting for the feed: a skeleton with `aria-busy` (the request here never answers). */
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
