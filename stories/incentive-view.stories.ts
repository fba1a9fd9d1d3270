/**
 * `<sla-incentive-view>`: the catalogue of its states, from the committed fixtures (the sample
 * feed and the hand-written incentive feeds of test/fixtures/incentive-feeds.ts) and a fixed "now".
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/sla-incentive-view.js';
import type { SlaIncentiveView } from '../src/elements/incentive-view/sla-incentive-view.js';
import {
  AS_OF as INCENTIVE_AS_OF,
  cappedFeed,
  earnBackFeed,
  fourNinesFeed,
  livingFeed,
  manyObjectivesFeed,
  poolFeed,
  territoryFeed,
} from '../test/fixtures/incentive-feeds.js';
import { AS_OF, SAMPLE_AGREEMENTS, SAMPLE_URL, invalidFeed, neverFetch } from './fixtures.js';

interface IncentiveViewArgs {
  agreement?: string;
  objective?: string;
  period?: string;
  customer?: string;
  'as-of'?: string;
  locale?: string;
  theme?: string;
  src?: string;
}

/** Empty strings from cleared controls mean "attribute not set". */
const attr = (value: string | undefined): string | typeof nothing =>
  value === undefined || value === '' ? nothing : value;

function render(
  args: IncentiveViewArgs,
  extras: { feed?: unknown; setup?: (el: SlaIncentiveView) => void } = {},
) {
  const setup = extras.setup;
  return html`<sla-incentive-view
    agreement=${attr(args.agreement)}
    objective=${attr(args.objective)}
    period=${attr(args.period)}
    customer=${attr(args.customer)}
    as-of=${attr(args['as-of'])}
    locale=${attr(args.locale)}
    theme=${attr(args.theme)}
    src=${attr(args.src)}
    .feed=${extras.feed}
    ${setup ? ref((el) => el && setup(el as SlaIncentiveView)) : nothing}
  ></sla-incentive-view>`;
}

/** A dark page around the story (the element's own surface is dark with `theme="dark"`). */
const darkPage: Decorator<IncentiveViewArgs> = (story) =>
  html`<div class="sb-frame sb-frame--dark">${story()}</div>`;

/** A story on one of the hand-written incentive feeds (agreement `gold` unless given). */
const onFeed = (feed: () => unknown, args: IncentiveViewArgs = {}): Story => ({
  args: { src: '', agreement: 'gold', 'as-of': INCENTIVE_AS_OF, ...args },
  render: (a) => render(a, { feed: feed() }),
});

const meta = {
  title: 'Elements/sla-incentive-view',
  component: 'sla-incentive-view',
  render: (args) => render(args),
  args: {
    agreement: 'contoso-msa',
    objective: '',
    period: '',
    customer: '',
    'as-of': AS_OF,
    locale: 'en-GB',
    theme: 'light',
    src: SAMPLE_URL,
  },
  argTypes: {
    agreement: { control: 'select', options: ['', ...SAMPLE_AGREEMENTS, 'nope'] },
    locale: { control: 'select', options: ['en-GB', 'de-DE', 'ar-EG'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
} satisfies Meta<IncentiveViewArgs>;
export default meta;

type Story = StoryObj<IncentiveViewArgs>;

/** One agreement of the sample, loaded from `src` as a portal does. */
export const Default: Story = {};

/** 9 of 12 months within 10 % above the minimum: the provider lives at the minimum. */
export const LivingAtTheMinimum: Story = { name: 'Living at the minimum', ...onFeed(livingFeed) };

/** Most months at 99.99 % or better: bonuses instead of credits. */
export const IncentiveTerritory: Story = { ...onFeed(territoryFeed) };

/** Credits capped at 15 % of the monthly fee; the ledger says where the cap applied. */
export const CappedCredits: Story = { ...onFeed(cappedFeed) };

/** A credit earned back (June) and one whose earn-back window is still open (September). */
export const EarnBackPendingAndEarned: Story = {
  name: 'Earn-back pending and earned',
  ...onFeed(earnBackFeed),
};

/** 15 % of an 80,000 fee at risk, allocated 20 / 80 across two objectives. */
export const AtRiskPool: Story = { ...onFeed(poolFeed, { agreement: 'pool' }) };

/** Response time, lower is better: the worst zone holds the highest values. */
export const LowerIsBetter: Story = { ...onFeed(livingFeed, { objective: 'latency' }) };

/** 99.99 % availability on the nines scale: the top zones stay wide enough to read. */
export const FourNines: Story = { name: '99.99 % availability', ...onFeed(fourNinesFeed) };

/** 500 objectives of 12 months each. */
export const FiveHundredObjectives: Story = {
  ...onFeed(() => manyObjectivesFeed(500), { agreement: 'big' }),
};

export const Dark: Story = {
  ...onFeed(livingFeed, { theme: 'dark' }),
  decorators: [darkPage],
};

/** Right to left, in Arabic: the band charts run from the right. */
export const RtlArabic: Story = { name: 'RTL Arabic', ...onFeed(livingFeed, { locale: 'ar-EG' }) };

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

/** No agreement chosen. */
export const EmptyNoAgreement: Story = {
  name: 'Empty: no agreement chosen',
  args: { agreement: '' },
};

/** A feed that breaks a rule: the error lists each issue with its path. */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { src: '' },
  render: (args) => render(args, { feed: invalidFeed }),
};
