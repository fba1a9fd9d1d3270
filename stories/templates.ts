/**
 * The story templates: one `<sla-scorecard>` with its attributes taken from the story args, so
 * every control maps to exactly one attribute. Data that is not an attribute (`.feed`, a fake
 * `fetch`, an inline JSON child) comes through `ScorecardExtras`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { SlaScorecard } from '../src/index.js';

/** Story args: the element's attributes under their attribute names, plus its events. */
export interface ScorecardArgs {
  agreement?: string;
  customer?: string;
  period?: string;
  plain?: boolean;
  sort?: 'worst-first' | 'feed';
  'as-of'?: string;
  locale?: string;
  'time-zone'?: string;
  theme?: 'auto' | 'light' | 'dark';
  src?: string;
  'refresh-interval'?: number;
  onSlaSelect?: (event: Event) => void;
  onSlaLoad?: (event: Event) => void;
  onSlaError?: (event: Event) => void;
}

export interface ScorecardExtras {
  /** Set as the `.feed` property (an object or JSON text). */
  readonly feed?: unknown;
  /**
   * Called once per element before it first loads (a Lit `ref`): set feed controller options,
   * add an inline JSON child, listen to events.
   */
  readonly setup?: (element: SlaScorecard) => void;
}

const configured = new WeakSet<Element>();

/** Runs `setup` once per element (a re-render with new args reuses the element). */
function once(setup: (element: SlaScorecard) => void) {
  return (element: Element | undefined): void => {
    if (!element || configured.has(element)) return;
    configured.add(element);
    setup(element as SlaScorecard);
  };
}

/** Empty strings from cleared controls mean "attribute not set". */
const attr = (value: string | number | undefined): string | number | typeof nothing =>
  value === undefined || value === '' ? nothing : value;

export function renderScorecard(args: ScorecardArgs, extras: ScorecardExtras = {}): TemplateResult {
  return html`<sla-scorecard
    agreement=${attr(args.agreement)}
    customer=${attr(args.customer)}
    period=${attr(args.period)}
    ?plain=${args.plain ?? false}
    sort=${attr(args.sort)}
    as-of=${attr(args['as-of'])}
    locale=${attr(args.locale)}
    time-zone=${attr(args['time-zone'])}
    theme=${attr(args.theme)}
    src=${attr(args.src)}
    refresh-interval=${attr(args['refresh-interval'])}
    .feed=${extras.feed}
    @sla-select=${args.onSlaSelect}
    @sla-load=${args.onSlaLoad}
    @sla-error=${args.onSlaError}
    ${extras.setup ? ref(once(extras.setup)) : nothing}
  ></sla-scorecard>`;
}

/** A script element carrying feed text as text (never parsed as HTML). */
export function inlineFeed(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}
