// The demo provider console: plain DOM code, using the kit exactly as a provider's console would.
// One <sla-feed> holds the whole feed; <sla-portfolio> lists every customer; what the reader
// selects in it (a customer, an agreement, an objective, a service) opens the matching view in
// the portfolio's `detail` slot, which the portfolio shows under the selected row.
import '../src/define/sla-feed.js';
import '../src/define/sla-portfolio.js';
import '../src/define/sla-scorecard.js';
import '../src/define/sla-breach-timeline.js';
import '../src/define/sla-incentive-view.js';
import type { Feed, SlaSelectEvent } from '../src/index.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const feedEl = $('feed');
const portfolio = $('portfolio');
const many = $<HTMLInputElement>('many');
const locale = $<HTMLSelectElement>('locale');
const theme = $<HTMLSelectElement>('theme');

// What the console shows under the selected node: a heading and the kit's views, in the
// portfolio's `detail` slot while something is selected (the portfolio then shows the slot's row
// under the selected row).
const detail = document.createElement('section');
detail.slot = 'detail';
detail.className = 'console-detail';
detail.setAttribute('aria-labelledby', 'detail-heading');
const detailHeading = document.createElement('h2');
detailHeading.id = 'detail-heading';
const detailBody = document.createElement('div');
detail.append(detailHeading, detailBody);

/** The feeds the console can show: the bundled sample, or 2,000 generated customers. */
const SAMPLE = '/provider/sample.json';
const MANY = '/provider/customers-2000.json';

/** The feed shown now (names for the detail headings, customer agreements). */
let feed: Feed | undefined;
feedEl.addEventListener('sla-load', (event) => {
  feed = event.detail.feed;
});

// The "2,000 customers" switch: another feed for the same console; the address keeps the choice.
function showFeed(): void {
  feed = undefined;
  closeDetail();
  feedEl.setAttribute('src', many.checked ? MANY : SAMPLE);
  const url = new URL(location.href);
  if (many.checked) url.searchParams.set('customers', '2000');
  else url.searchParams.delete('customers');
  history.replaceState(null, '', url);
}
many.checked = new URLSearchParams(location.search).get('customers') === '2000';
if (many.checked) showFeed();
many.addEventListener('change', showFeed);

// The page's language is the console's `lang`; the elements follow it.
locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
  document.documentElement.dir = locale.value.startsWith('ar') ? 'rtl' : 'ltr';
});
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  for (const el of [portfolio, ...detailBody.children]) el.setAttribute('theme', theme.value);
});

function closeDetail(): void {
  detailBody.replaceChildren();
  detail.remove();
}

/** A kit element for the detail slot, with the console's period and theme. */
function view(tag: string, attributes: Record<string, string | undefined>): HTMLElement {
  const el = document.createElement(tag);
  const period = portfolio.getAttribute('period');
  const all: Record<string, string | undefined> = { ...attributes, theme: theme.value };
  if (period && tag !== 'sla-breach-timeline') all.period = period;
  for (const [name, value] of Object.entries(all)) if (value) el.setAttribute(name, value);
  return el;
}

const agreementName = (id: string): string => feed?.agreements.find((a) => a.id === id)?.name ?? id;
const customerName = (id: string): string => feed?.customers.find((c) => c.id === id)?.name ?? id;
const objectiveName = (agreementId: string, objectiveId: string): string => {
  const byId = new Map(feed?.agreements.map((a) => [a.id, a]));
  // The objective may be defined on the agreement or inherited from one above it.
  for (let a = byId.get(agreementId); a; a = a.parentId ? byId.get(a.parentId) : undefined) {
    const name = a.objectives?.find((o) => o.id === objectiveId)?.name;
    if (name) return name;
  }
  return objectiveId;
};

/** The customer's own agreement (level `customer`), where its money and health are counted. */
function customerAgreement(customerId: string): string | undefined {
  const own = feed?.agreements.filter((a) => a.customerId === customerId) ?? [];
  return (own.find((a) => a.level === 'customer') ?? own[0])?.id;
}

function open(heading: string, ...views: HTMLElement[]): void {
  detailHeading.textContent = heading;
  detailBody.replaceChildren(...views);
  if (detail.parentElement !== portfolio) portfolio.append(detail);
}

// Selection in the portfolio -> the view for that node, under the selected row:
//   customer  -> the scorecard and the incentive view of its customer agreement
//   agreement -> the scorecard of that agreement
//   objective -> the breach timeline of that objective
//   service   -> the breach timeline of the agreement that measures the service
portfolio.addEventListener('sla-select', (event: SlaSelectEvent) => {
  // The detail views inside the slot fire sla-select too (their own rows); those stay theirs.
  if (event.target !== portfolio) return;
  const d = event.detail;
  switch (d.kind) {
    case 'customer': {
      const agreement = customerAgreement(d.customer);
      if (!agreement) return closeDetail();
      open(
        customerName(d.customer),
        view('sla-scorecard', { agreement }),
        view('sla-incentive-view', { agreement }),
      );
      return;
    }
    case 'agreement':
      open(
        `Scorecard: ${agreementName(d.agreement)}`,
        view('sla-scorecard', { agreement: d.agreement }),
      );
      return;
    case 'objective':
      open(
        `Breaches: ${objectiveName(d.agreement, d.objective)}`,
        view('sla-breach-timeline', { agreement: d.agreement, objective: d.objective }),
      );
      return;
    case 'service':
      open(
        `Breaches: ${agreementName(d.agreement)}`,
        view('sla-breach-timeline', { agreement: d.agreement }),
      );
      return;
    default:
      return;
  }
});
