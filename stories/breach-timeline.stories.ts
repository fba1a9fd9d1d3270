/**
 * `<sla-breach-timeline>`: the catalogue of its states, from the committed fixtures (the sample
 * feed, the timeline fixture and the seeded generator) and a fixed "now".
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/define/sla-breach-timeline.js';
import type { SlaBreachTimeline } from '../src/elements/breach-timeline/sla-breach-timeline.js';
import { generateFeed } from '../test/fixtures/generate.js';
import { timelineFeed } from '../test/fixtures/timeline-feed.js';
import { AS_OF, SAMPLE_AGREEMENTS, SAMPLE_URL, invalidFeed, neverFetch } from './fixtures.js';

interface BreachTimelineArgs {
  agreement?: string;
  objective?: string;
  customer?: string;
  start?: string;
  end?: string;
  'group-by'?: string;
  variant?: string;
  days?: number;
  'as-of'?: string;
  'time-zone'?: string;
  locale?: string;
  theme?: string;
  src?: string;
}

/** Empty strings from cleared controls mean "attribute not set". */
const attr = (value: string | number | undefined): string | typeof nothing =>
  value === undefined || value === '' ? nothing : String(value);

function render(
  args: BreachTimelineArgs,
  extras: { feed?: unknown; setup?: (el: SlaBreachTimeline) => void } = {},
) {
  const setup = extras.setup;
  return html`<sla-breach-timeline
    agreement=${attr(args.agreement)}
    objective=${attr(args.objective)}
    customer=${attr(args.customer)}
    start=${attr(args.start)}
    end=${attr(args.end)}
    group-by=${attr(args['group-by'])}
    variant=${attr(args.variant)}
    days=${attr(args.days)}
    as-of=${attr(args['as-of'])}
    time-zone=${attr(args['time-zone'])}
    locale=${attr(args.locale)}
    theme=${attr(args.theme)}
    src=${attr(args.src)}
    .feed=${extras.feed}
    ${setup ? ref((el) => el && setup(el as SlaBreachTimeline)) : nothing}
  ></sla-breach-timeline>`;
}

const darkPage: Decorator<BreachTimelineArgs> = (story) =>
  html`<div class="sb-frame sb-frame--dark">${story()}</div>`;
const narrowContainer: Decorator<BreachTimelineArgs> = (story) =>
  html`<div class="sb-frame sb-frame--narrow">${story()}</div>`;

/** October 2026 of the timeline fixture: one of each kind of mark. */
const OCTOBER = {
  src: '',
  agreement: 'gold',
  start: '2026-10-01T00:00:00Z',
  end: '2026-11-01T00:00:00Z',
  'as-of': '2026-10-31T12:00:00Z',
};

let tenK: unknown;
let hundredK: unknown;
/** 20 objectives of one agreement, 90 days, seeded. */
function generated(breaches: number): unknown {
  return generateFeed({ seed: 11, customers: 1, objectivesPerAgreement: 20, breaches });
}

const meta = {
  title: 'Elements/sla-breach-timeline',
  component: 'sla-breach-timeline',
  render: (args) => render(args),
  args: {
    agreement: 'contoso-msa',
    customer: '',
    'as-of': AS_OF,
    locale: 'en-GB',
    src: SAMPLE_URL,
  },
  argTypes: {
    agreement: { control: 'select', options: ['', ...SAMPLE_AGREEMENTS, 'nope'] },
    'group-by': { control: 'select', options: ['objective', 'service', 'customer', 'severity'] },
    variant: { control: 'select', options: ['lanes', 'strip'] },
    locale: { control: 'select', options: ['en-GB', 'de-DE', 'ar-EG'] },
    theme: { control: 'select', options: ['auto', 'light', 'dark'] },
  },
} satisfies Meta<BreachTimelineArgs>;
export default meta;

type Story = StoryObj<BreachTimelineArgs>;

/** One agreement of the sample, loaded from `src` as a portal does: a year of breaches by objective, with the version change of May 2026. */
export const Default: Story = {};

/** Every kind of mark in one month: counted (three severities), a breach of two objectives, ongoing, excluded, maintenance, a period below the minimum and a version change. */
export const Lanes: Story = {
  args: OCTOBER,
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** An ongoing breach runs to now (`as-of`) with an open end. */
export const Ongoing: Story = {
  args: { ...OCTOBER, start: '2026-10-25T00:00:00Z' },
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** Excluded breaches and maintenance windows, hatched: drawn, not counted. */
export const Excluded: Story = {
  args: {
    ...OCTOBER,
    objective: 'latency',
    start: '2026-10-24T00:00:00Z',
    end: '2026-10-26T00:00:00Z',
  },
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** The month that fell below the minimum is shaded in its lane. */
export const BelowMinimum: Story = {
  name: 'Below-minimum periods',
  args: { ...OCTOBER, objective: 'avail' },
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** Agreement version 2026.2 took effect on 1 May 2026: marked on the axis. */
export const VersionChange: Story = {
  args: { start: '2026-04-01T00:00:00+02:00', end: '2026-07-01T00:00:00+02:00' },
};

/** Lanes by severity instead of objective. */
export const BySeverity: Story = {
  args: { 'group-by': 'severity' },
};

/** The history strip: the last 90 days per service, each day coloured by its worst breach. */
export const Strip: Story = {
  args: { variant: 'strip', agreement: '', customer: 'contoso', days: 90 },
};

/** 10,000 breaches in 20 lanes over a year: drawn on a canvas, merged per pixel column. */
export const TenThousand: Story = {
  name: '10k breaches',
  args: { src: '', agreement: 'a-1' },
  render: (args) => render(args, { feed: (tenK ??= generated(10_000)) }),
};

/** 100,000 breaches: the DOM stays small (the canvas draws what is visible). */
export const HundredThousand: Story = {
  name: '100k breaches',
  args: { src: '', agreement: 'a-1' },
  render: (args) => render(args, { feed: (hundredK ??= generated(100_000)) }),
};

/** Dark theme. */
export const Dark: Story = {
  args: { ...OCTOBER, theme: 'dark' },
  decorators: [darkPage],
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** Right to left, in Arabic: time runs from right to left. */
export const Arabic: Story = {
  args: { ...OCTOBER, locale: 'ar-EG' },
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** German. */
export const German: Story = {
  args: { ...OCTOBER, locale: 'de-DE' },
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** A 360 px container: narrower lane names, the toolbar wraps. */
export const Narrow: Story = {
  args: OCTOBER,
  decorators: [narrowContainer],
  render: (args) => render(args, { feed: timelineFeed() }),
};

/** The strip in a narrow container shows fewer days rather than sub-pixel cells. */
export const NarrowStrip: Story = {
  name: 'Narrow strip',
  args: { variant: 'strip', agreement: '', customer: 'contoso', days: 90 },
  decorators: [narrowContainer],
};

/** Waiting for the feed: a skeleton with `aria-busy` (the request here never answers). */
export const Loading: Story = {
  tags: ['expect-loading'],
  render: (args) =>
    render(args, { setup: (el) => el.feedController.setOptions({ fetch: neverFetch }) }),
};

/** No breach in the range: the lanes are there, and the summary says so. */
export const Empty: Story = {
  name: 'Empty: no breaches in range',
  args: { ...OCTOBER, start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' },
  render: (args) => render(args, { feed: timelineFeed() }),
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
