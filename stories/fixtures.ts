/**
 * What the stories share: the committed fixtures (test/fixtures/), the fixed "now" every story
 * renders against, and small fakes for the feed controller's `fetch` (loading, stale).
 *
 * The static build serves test/fixtures/ under /fixtures (see .storybook/main.ts staticDirs), so a
 * story can load the sample the way a portal does (`src="/fixtures/sample-feed.json"`) or hand
 * the same data over as `.feed`.
 */
import { generateFeed } from '../test/fixtures/generate.js';
import minimumBetterThanTarget from '../test/fixtures/invalid/minimum-better-than-target.json';
import htmlInsteadOfJson from '../test/fixtures/invalid/html-instead-of-json.json?raw';
import minimalFeedText from '../test/fixtures/minimal-feed.json?raw';
import sampleFeedJson from '../test/fixtures/sample-feed.json';

/**
 * "Now" for every story: it fixes the latest complete period (October 2026), overdue reviews and
 * the age in the stale badge, so each story renders the same on every day.
 */
export const AS_OF = '2026-11-22T12:00:00+01:00';

/** The sample portfolio as served by the static build. */
export const SAMPLE_URL = '/fixtures/sample-feed.json';

/** The sample portfolio (Northwind; customers Contoso, Fabrikam, Tailspin) as a raw object. */
export const sampleFeed: unknown = sampleFeedJson;

/** The sample as JSON text, as a server would send it. */
export const sampleText = (): string => JSON.stringify(sampleFeedJson);

/** The smallest useful feed (one corporate agreement, one objective, one period), as text. */
export const minimalFeed = minimalFeedText;

/** An error page where the feed should be (HTML, not JSON): a text feed. */
export const htmlErrorPage = htmlInsteadOfJson;

/** A feed that breaks a rule the schema cannot express: a minimum better than the target. */
export const invalidFeed: unknown = minimumBetterThanTarget;

/** Agreement ids of the sample, for the controls. */
export const SAMPLE_AGREEMENTS = [
  'nw-corporate',
  'contoso-msa',
  'contoso-erp',
  'fabrikam-msa',
  'fabrikam-wan',
  'tailspin-msa',
  'tailspin-soc',
  'tailspin-portal',
] as const;
/** Customer ids of the sample, for the controls. */
export const SAMPLE_CUSTOMERS = ['contoso', 'fabrikam', 'tailspin'] as const;

interface RawFeed {
  customers?: { id: string; name: string; currency?: string }[];
}

let withIdleCustomer: unknown;
/** The sample plus a customer ("woodgrove") that has no agreement yet. */
export function feedWithIdleCustomer(): unknown {
  if (withIdleCustomer === undefined) {
    const feed = structuredClone(sampleFeedJson) as RawFeed;
    feed.customers = [
      ...(feed.customers ?? []),
      { id: 'woodgrove', name: 'Woodgrove Bank', currency: 'EUR' },
    ];
    withIdleCustomer = feed;
  }
  return withIdleCustomer;
}

let manyObjectives: unknown;
/**
 * A generated feed (seeded, so always the same) whose customer agreement `a-1` has 500 objectives
 * (4 inherited from the corporate agreement, 496 of its own) with 12 monthly periods each,
 * November 2025 to October 2026. Built on first use and kept, so it is parsed once.
 */
export function feedWith500Objectives(): unknown {
  manyObjectives ??= generateFeed({
    seed: 7,
    customers: 1,
    objectives: 501,
    periods: 12,
    breaches: 0,
    maintenance: 0,
  });
  return manyObjectives;
}

/** A `fetch` whose promise never settles: the element stays in its loading state. */
export const neverFetch = (): Promise<Response> => new Promise<Response>(() => undefined);

/**
 * A `fetch` that answers with the sample the first time and fails like a dropped connection on
 * every later call: the second load leaves the first data on screen, marked stale.
 */
export function fetchOnceThenFail(): () => Promise<Response> {
  let calls = 0;
  return () =>
    calls++ === 0
      ? Promise.resolve(
          new Response(sampleText(), { headers: { 'content-type': 'application/json' } }),
        )
      : Promise.reject(new TypeError('Failed to fetch'));
}
