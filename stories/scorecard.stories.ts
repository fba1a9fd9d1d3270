/**
 * `<sla-scorecard>`: the catalogue of its states, all from the committed fixtures
 * (test/fixtures/sample-feed.json and the seeded generator) and a fixed "now" (`as-of`).
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  AS_OF,
  SAMPLE_AGREEMENTS,
  SAMPLE_CUSTOMERS,
  SAMPLE_URL,
  feedWith500Objectives,
  feedWithIdleCustomer,
  fetchOnceThenFail,
  htmlErrorPage,
  invalidFeed,
  minimalFeed,
  neverFetch,
} from './fixtures.js';
import { inlineFeed, renderScorecard, type ScorecardArgs } from './templates.js';

/** A dark page around the story (the element's own surface is dark with `theme="dark"`). */
const darkPage: Decorator<ScorecardArgs> = (story) =>
  html`<div class="sb-frame sb-frame--dark">${story()}</div>`;
/** A 360 px wide container: below 760 px the rows turn into compact cards. */
const narrowContainer: Decorator<ScorecardArgs> = (story) =>
  html`<div class="sb-frame sb-frame--narrow">${story()}</div>`;

const none = { '': '(not set)' };

const meta = {
  title: 'Elements/sla-scorecard',
  component: 'sla-scorecard',
  render: (args) => renderScorecard(args),
  args: {
    agreement: 'contoso-msa',
    customer: '',
    period: '',
    plain: false,
    sort: 'worst-first',
    'as-of': AS_OF,
    locale: 'en-GB',
    'time-zone': '',
    theme: 'light',
    src: SAMPLE_URL,
    'refresh-interval': 0,
  },
  argTypes: {
    agreement: {
      control: { type: 'select', labels: none },
      options: ['', ...SAMPLE_AGREEMENTS, 'nope'],
    },
    customer: {
      control: { type: 'select', labels: none },
      options: ['', ...SAMPLE_CUSTOMERS],
    },
    period: { control: 'text' },
    // `plain` is both an attribute and a part name; the docs table keeps one row: the attribute.
    plain: {
      control: 'boolean',
      description:
        'Plain-language mode: each objective as a sentence, for the people who run the service. ' +
        '(`plain` is also the part name of that sentence list.)',
      table: {
        category: 'attributes',
        type: { summary: 'boolean' },
        defaultValue: { summary: 'false' },
      },
    },
    sort: { control: 'inline-radio', options: ['worst-first', 'feed'] },
    'as-of': { control: 'text' },
    locale: {
      control: { type: 'select', labels: none },
      options: ['', 'en-GB', 'en-US', 'de-DE', 'ar-EG'],
    },
    'time-zone': {
      control: { type: 'select', labels: none },
      options: ['', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo'],
    },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    src: { control: 'text' },
    'refresh-interval': { control: { type: 'number', min: 0, step: 60 } },
  },
  parameters: {
    // The same inputs as properties: one row each in the docs, under their attribute names.
    controls: { exclude: /^(asOf|timeZone|refreshInterval)$/ },
    docs: {
      description: {
        component:
          'Every story renders against a fixed "now" (`as-of="' +
          AS_OF +
          '"`), so the latest complete period is October 2026 whatever the date. ' +
          'Text is pinned to `locale="en-GB"`; without `locale`, the `lang` of the element or its ' +
          "closest ancestor applies, then the customer's locale from the feed (Contoso: de-DE).",
      },
    },
  },
} satisfies Meta<ScorecardArgs>;
export default meta;

type Story = StoryObj<ScorecardArgs>;

/** Contoso's customer agreement, latest complete period, loaded from `src` as a portal does. */
export const Default: Story = {};

/** Every agreement of one customer (`customer`, no `agreement`): one card each. */
export const Customer: Story = {
  args: { agreement: '', customer: 'contoso' },
};

/** Plain-language mode: each objective as a sentence, for the people who run the service. */
export const Plain: Story = {
  name: 'Plain mode',
  args: { plain: true },
};

/** A chosen period (`period="2026-03"`: the period that starts in March 2026). */
export const SpecificPeriod: Story = {
  name: 'Specific period',
  args: { period: '2026-03' },
};

/**
 * Tailspin, August 2026: availability, latency and satisfaction breached; credits owed in the
 * footer, and a note that the recorded (settled) credit differs from the schedule.
 */
export const Breached: Story = {
  name: 'Breached / credits owed',
  args: { agreement: 'tailspin-msa', period: '2026-08' },
};

/**
 * Tailspin, October 2026: the second availability miss within three months reaches the exit
 * clause; the footer says so.
 */
export const ExitClause: Story = {
  name: 'Exit clause reached',
  args: { agreement: 'tailspin-msa' },
};

/**
 * A service agreement that writes no objective of its own: Tailspin's patient portal shows the
 * inherited availability and latency breaches of August 2026, each row saying where it comes from
 * and that its credit is counted in Tailspin's customer agreement, so the footer owes nothing here.
 */
export const InheritedObjectives: Story = {
  name: 'Multi-level: inherited, credited elsewhere',
  args: { agreement: 'tailspin-portal', period: '2026-08' },
};

/**
 * June 2026 at Tailspin: the corporate password policy was not complied with (pass-fail, with
 * its audit evidence link and no error budget); photo access cards were.
 */
export const PassFailPolicy: Story = {
  name: 'Pass-fail policy not complied with',
  args: { agreement: 'tailspin-msa', period: '2026-06' },
};

/** Fabrikam's review date (30 Sep 2026) has passed: the header carries a badge. */
export const ReviewOverdue: Story = {
  name: 'Review overdue',
  args: { agreement: 'fabrikam-msa' },
};

/** Waiting for the feed: a skeleton with `aria-busy` (the request here never answers). */
export const Loading: Story = {
  tags: ['expect-loading'],
  render: (args) =>
    renderScorecard(args, {
      setup: (el) => el.feedController.setOptions({ fetch: neverFetch }),
    }),
};

/** The agreement is not in the feed: the element says which id it looked for. */
export const EmptyAgreement: Story = {
  name: 'Empty: unknown agreement',
  args: { agreement: 'nope' },
};

/**
 * The display scope holds: scoped to Contoso, the scorecard refuses Tailspin's agreement instead
 * of showing it (and fires `sla-error`, kind `missing`).
 */
export const EmptyNotOfCustomer: Story = {
  name: 'Empty: agreement of another customer',
  args: { agreement: 'tailspin-msa', customer: 'contoso' },
};

/** A customer with no agreement yet (the sample plus "woodgrove"). */
export const EmptyCustomer: Story = {
  name: 'Empty: customer without agreements',
  args: { agreement: '', customer: 'woodgrove', src: '' },
  render: (args) => renderScorecard(args, { feed: feedWithIdleCustomer() }),
};

/** No input at all (no `src`, `.feed`, inline JSON or `<sla-feed>`). */
export const NoFeed: Story = {
  name: 'Empty: no feed',
  args: { src: '' },
};

/**
 * A feed that breaks a rule (test/fixtures/invalid/minimum-better-than-target.json): the error
 * lists each issue with its path.
 */
export const ErrorInvalidFeed: Story = {
  name: 'Error: invalid feed',
  args: { agreement: 'contoso-msa', src: '' },
  render: (args) => renderScorecard(args, { feed: invalidFeed }),
};

/** An HTML error page where the feed should be (test/fixtures/invalid/html-instead-of-json.json). */
export const ErrorHtml: Story = {
  name: 'Error: HTML instead of JSON',
  args: { src: '' },
  render: (args) => renderScorecard(args, { feed: htmlErrorPage }),
};

/** The feed URL answers 404: not retried, the error names the URL and the status. */
export const Error404: Story = {
  name: 'Error: 404',
  tags: ['expect-network-error'],
  args: { src: '/fixtures/does-not-exist.json' },
};

/**
 * The first load worked, the refresh failed (the connection dropped): the data stays, with a badge
 * saying how old it is and the error behind a disclosure.
 */
export const Stale: Story = {
  render: (args) =>
    renderScorecard(args, {
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

/** Fabrikam, August 2026: the satisfaction survey was paused, so that row has no data. */
export const NoDataForPeriod: Story = {
  name: 'No data for a period',
  args: { agreement: 'fabrikam-msa', period: '2026-08' },
};

/** A period the feed has no results for. */
export const PeriodNotInFeed: Story = {
  name: 'Period not in feed',
  args: { period: '2024-01' },
};

export const Light: Story = {
  args: { theme: 'light' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
};

/** Arabic: right to left, Arabic text; the sparklines run right to left too. */
export const RtlArabic: Story = {
  name: 'RTL Arabic',
  args: { locale: 'ar-EG' },
};

/** German text, numbers, dates and euros (Contoso's own locale). */
export const German: Story = {
  args: { locale: 'de-DE' },
};

/**
 * No `locale`: the language comes from the page, here `lang="ar"` on a wrapper (as a portal sets
 * it on `<html>`), so the feed's customer locale (German) does not apply.
 */
export const LanguageFromPage: Story = {
  name: 'Language from the page (lang)',
  args: { locale: '' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/** Japanese has no messages: English text, marked `lang="en"`, with Japanese dates and numbers. */
export const LanguageWithoutMessages: Story = {
  name: 'Language without messages (ja)',
  args: { locale: 'ja' },
};

/** In a 360 px container the table turns into compact cards (a container query). */
export const Narrow: Story = {
  name: 'Narrow container',
  decorators: [narrowContainer],
};

/**
 * Tailspin is white-labelled: its accent from the feed's branding colours the cards' top border.
 */
export const BrandAccent: Story = {
  name: 'Brand accent',
  args: { agreement: '', customer: 'tailspin' },
};

/** Two scorecards share one `<sla-feed>`: the feed is fetched and validated once. */
export const ViaSlaFeed: Story = {
  name: 'Via <sla-feed>',
  args: { src: '' },
  render: (args) =>
    html`<sla-feed src=${SAMPLE_URL}>
      <div class="sb-stack">
        ${renderScorecard({ ...args, agreement: 'contoso-msa' })}
        ${renderScorecard({ ...args, agreement: 'fabrikam-msa' })}
      </div>
    </sla-feed>`,
  parameters: {
    docs: {
      source: {
        code: `<sla-feed src="/fixtures/sample-feed.json">
  <sla-scorecard agreement="contoso-msa"></sla-scorecard>
  <sla-scorecard agreement="fabrikam-msa"></sla-scorecard>
</sla-feed>`,
      },
    },
  },
};

/**
 * The feed written into the page as a `<script type="application/json">` child
 * (test/fixtures/minimal-feed.json: one agreement, one objective, one period).
 */
export const InlineJson: Story = {
  name: 'Inline JSON script child',
  args: { agreement: 'acme-standard', src: '' },
  render: (args) => renderScorecard(args, { setup: (el) => el.append(inlineFeed(minimalFeed)) }),
  parameters: {
    docs: {
      source: {
        code: `<sla-scorecard agreement="acme-standard">
  <script type="application/json">
    { "schemaVersion": 1, "provider": { "id": "acme", "name": "Acme Hosting" }, ... }
  </script>
</sla-scorecard>`,
      },
    },
  },
};

/** Rows in the order the feed lists them, instead of worst first. */
export const SortFeedOrder: Story = {
  name: 'Sort in feed order',
  args: { sort: 'feed' },
};

/**
 * A generated agreement with 500 objectives and 12 monthly periods each (seeded, so always the
 * same): the element stays usable at that size. Only the rows near the visible part of the page
 * are in the DOM (scroll the page: the rows follow; the table announces all 500 to screen
 * readers, and the focused row stays while scrolling).
 */
export const FiveHundredObjectives: Story = {
  name: '500 objectives',
  args: { agreement: 'a-1', src: '' },
  render: (args) => renderScorecard(args, { feed: feedWith500Objectives() }),
};

/**
 * A portal's own look: `--sla-*` tokens set on a container (they inherit into the shadow root)
 * and marks styled through `::part()`. The rules live in a `<style>` element, not in `style=""`.
 */
export const CustomTheme: Story = {
  name: 'Custom tokens and parts',
  args: { agreement: 'tailspin-msa', period: '2026-08' },
  render: (args) =>
    html`<style>
        .portal-look {
          --sla-font-family: Georgia, 'Times New Roman', serif;
          --sla-surface-subtle: #f7f3ea;
          --sla-status-breached: #a3123a;
          --sla-radius-large: 0;
        }
        .portal-look sla-scorecard::part(card) {
          box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
        }
        .portal-look sla-scorecard::part(row):hover {
          background: #f7f3ea;
        }
        .portal-look sla-scorecard::part(footer) {
          padding-block-start: 8px;
          border-block-start: 2px solid currentColor;
        }
      </style>
      <div class="portal-look">${renderScorecard(args)}</div>`,
};
