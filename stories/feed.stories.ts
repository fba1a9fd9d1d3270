/**
 * `<sla-feed>`: loads one feed and shares it with the sla-kit elements inside it. It renders only
 * its children, so each story shows scorecards inside it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { SlaFeed } from '../src/index.js';
import {
  AS_OF,
  SAMPLE_URL,
  fetchOnceThenFail,
  htmlErrorPage,
  minimalFeed,
  sampleFeed,
} from './fixtures.js';
import { inlineFeed, renderScorecard, type ScorecardArgs } from './templates.js';

interface FeedArgs {
  src?: string;
  'refresh-interval'?: number;
  onSlaLoad?: (event: Event) => void;
  onSlaError?: (event: Event) => void;
}

interface FeedExtras {
  readonly feed?: unknown;
  /** Called once per `<sla-feed>` before it first loads. */
  readonly setup?: (element: SlaFeed) => void;
  /** The scorecards inside (default: Contoso and Tailspin from the sample). */
  readonly children?: readonly ScorecardArgs[];
}

const card = (agreement: string): ScorecardArgs => ({
  agreement,
  'as-of': AS_OF,
  locale: 'en-GB',
  theme: 'light',
});
const SAMPLE_CHILDREN = [card('contoso-msa'), card('tailspin-msa')];

const configured = new WeakSet<Element>();

function renderFeed(args: FeedArgs, extras: FeedExtras = {}): TemplateResult {
  const setup = extras.setup;
  return html`<sla-feed
    src=${args.src || nothing}
    refresh-interval=${args['refresh-interval'] || nothing}
    .feed=${extras.feed}
    @sla-load=${args.onSlaLoad}
    @sla-error=${args.onSlaError}
    ${ref((el) => {
      if (!setup || !el || configured.has(el)) return;
      configured.add(el);
      setup(el as SlaFeed);
    })}
  >
    <div class="sb-stack">
      ${(extras.children ?? SAMPLE_CHILDREN).map((child) => renderScorecard(child))}
    </div>
  </sla-feed>`;
}

const meta = {
  title: 'Elements/sla-feed',
  component: 'sla-feed',
  render: (args) => renderFeed(args),
  args: { src: SAMPLE_URL, 'refresh-interval': 0 },
  argTypes: {
    src: { control: 'text' },
    'refresh-interval': { control: { type: 'number', min: 0, step: 60 } },
  },
  parameters: {
    // The same input as a property: one row in the docs, under its attribute name.
    controls: { exclude: /^refreshInterval$/ },
    docs: {
      description: {
        component:
          'The scorecards inside render against a fixed "now" (`as-of="' +
          AS_OF +
          '"`) in `en-GB`.',
      },
    },
  },
} satisfies Meta<FeedArgs>;
export default meta;

type Story = StoryObj<FeedArgs>;

/** Loads the sample once from `src` and shares it with two scorecards. */
export const SharedUrl: Story = {
  name: 'Loading a URL, shared with children',
  parameters: {
    docs: {
      source: {
        code: `<sla-feed src="/fixtures/sample-feed.json">
  <sla-scorecard agreement="contoso-msa"></sla-scorecard>
  <sla-scorecard agreement="tailspin-msa"></sla-scorecard>
</sla-feed>`,
      },
    },
  },
};

/** The feed handed over as an object (`.feed`), e.g. when the portal already has it. */
export const FeedProperty: Story = {
  name: '.feed property',
  args: { src: '' },
  render: (args) => renderFeed(args, { feed: sampleFeed }),
};

/** The feed as a `<script type="application/json">` child of `<sla-feed>`. */
export const InlineJson: Story = {
  name: 'Inline JSON script child',
  args: { src: '' },
  render: (args) =>
    renderFeed(args, {
      children: [card('acme-standard')],
      setup: (el) => el.append(inlineFeed(minimalFeed)),
    }),
};

/** The feed is an HTML error page: every element inside shows the error. */
export const ErrorInvalid: Story = {
  name: 'Error: HTML instead of JSON',
  args: { src: '' },
  render: (args) => renderFeed(args, { feed: htmlErrorPage, children: [card('contoso-msa')] }),
};

/** The feed URL answers 404: every element inside shows the error with the URL. */
export const Error404: Story = {
  name: 'Error: 404',
  tags: ['expect-network-error'],
  args: { src: '/fixtures/does-not-exist.json' },
  render: (args) => renderFeed(args, { children: [card('contoso-msa')] }),
};

/** The refresh failed: the elements inside keep the data, each with the stale badge. */
export const Stale: Story = {
  render: (args) =>
    renderFeed(args, {
      children: [card('contoso-msa')],
      setup: (el) => {
        el.feedController.setOptions({
          fetch: fetchOnceThenFail(),
          maxAttempts: 1,
          now: () => Date.parse(AS_OF) - 25 * 60_000,
        });
        el.addEventListener('sla-load', () => void el.refresh(), { once: true });
      },
    }),
};
