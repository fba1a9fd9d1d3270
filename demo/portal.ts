// The demo portal: plain DOM code, using the kit exactly as a provider's portal would.
import '../src/define/sla-feed.js';
import '../src/define/sla-scorecard.js';
import '../src/define/sla-breach-timeline.js';
import '../src/define/sla-incentive-view.js';
import { scorecardData, translate, type Feed, type SlaSelectEvent } from '../src/index.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const feedEl = $('feed');
const customer = $<HTMLSelectElement>('customer');
const locale = $<HTMLSelectElement>('locale');
const theme = $<HTMLSelectElement>('theme');
const timeline = $('timeline');
const allBreaches = $<HTMLButtonElement>('all-breaches');
const incentive = $('incentive');
const cards = [$('scorecard'), $('plain-card'), timeline, $('strip'), incentive];
/** The feed shown now (the current customer's own). */
let feed: Feed | undefined;

// Each customer's portal loads that customer's own feed (cut on the server by `sliceFeed`): the
// browser never receives another customer's data. The switcher stands in for the login that
// tells a real portal who its customer is.
async function fillCustomers(): Promise<void> {
  const response = await fetch('/sla/index.json');
  const index = (await response.json()) as { customers: { id: string; name: string }[] };
  const wanted = new URLSearchParams(location.search).get('customer') ?? 'contoso';
  customer.replaceChildren(
    ...index.customers.map((c) => new Option(c.name, c.id, false, c.id === wanted)),
  );
  showCustomer();
}
void fillCustomers();

function showCustomer(): void {
  // A new src is a new source: the previous customer's figures go at once, the details too.
  feed = undefined;
  $('details').replaceChildren();
  $('details').hidden = true;
  feedEl.setAttribute('src', `/sla/${encodeURIComponent(customer.value)}.json`);
  for (const card of cards) card.setAttribute('customer', customer.value);
  $('customer-name').textContent = customer.selectedOptions[0]?.text ?? 'you';
  const url = new URL(location.href);
  if (url.searchParams.get('customer') !== customer.value) {
    // Another customer: the shared view of the previous one (objective, range) does not apply.
    for (const key of ['objective', 'from', 'to']) url.searchParams.delete(key);
  }
  url.searchParams.set('customer', customer.value);
  history.replaceState(null, '', url);
  showTimelineFromUrl();
}
customer.addEventListener('change', showCustomer);

// The timeline under the scorecard, linked: an objective selected in the scorecard narrows it;
// the range brushed (or zoomed) in it goes into the address, so the view can be shared.
function showTimelineFromUrl(): void {
  const params = new URLSearchParams(location.search);
  const objective = params.get('objective');
  const [agreementId, objectiveId] = objective ? objective.split('/') : [];
  setOrRemove(timeline, 'agreement', agreementId);
  setOrRemove(timeline, 'objective', objectiveId);
  setOrRemove(timeline, 'start', params.get('from'));
  setOrRemove(timeline, 'end', params.get('to'));
  allBreaches.hidden = !objective;
  showIncentiveFromUrl();
}

// The incentive view follows the same selection: the objective's agreement (else the customer's
// first agreement) and objective, and the range brushed in the time line.
function showIncentiveFromUrl(): void {
  const params = new URLSearchParams(location.search);
  const [agreementId, objectiveId] = (params.get('objective') ?? '').split('/');
  const fallback = feed?.agreements.find((a) => a.customerId === customer.value)?.id;
  setOrRemove(incentive, 'agreement', agreementId || fallback);
  setOrRemove(incentive, 'objective', objectiveId);
  setOrRemove(incentive, 'start', params.get('from'));
  setOrRemove(incentive, 'end', params.get('to'));
}

function setOrRemove(el: HTMLElement, name: string, value: string | null | undefined): void {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

function setUrl(changes: Record<string, string | null>): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  history.replaceState(null, '', url);
}

timeline.addEventListener('sla-range-change', (event) => {
  setUrl({
    from: new Date(event.detail.start).toISOString(),
    to: new Date(event.detail.end).toISOString(),
  });
  showIncentiveFromUrl();
});
allBreaches.addEventListener('click', () => {
  setUrl({ objective: null, from: null, to: null });
  showTimelineFromUrl();
});

// The portal's language is the page's `lang`; the cards follow it (no attribute on them needed).
locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
  document.documentElement.dir = locale.value.startsWith('ar') ? 'rtl' : 'ltr';
});
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  for (const card of cards) card.setAttribute('theme', theme.value);
});

// "Select an objective to see its details": the objective's promise in plain words, its last
// periods and its credit rule, from the kit's own data and messages (until the breach timeline
// and the incentive view can take this place).
feedEl.addEventListener('sla-load', (event) => {
  feed = event.detail.feed;
  showIncentiveFromUrl();
});

const lang = (): string => document.documentElement.lang || 'en';
const AS_OF = Date.now();

function showDetails(agreementId: string, objectiveId: string, periodStart: number): void {
  if (!feed) return;
  const first = scorecardData(feed, { agreementId, now: AS_OF });
  if ('empty' in first) return;
  const tz = first.agreement.timeZone;
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: tz, dateStyle: 'short' }).format(
    periodStart,
  );
  const data = scorecardData(feed, { agreementId, period: day, now: AS_OF });
  if ('empty' in data) return;
  const row = data.rows.find((r) => r.objective.id === objectiveId);
  if (!row) return;
  const locale = lang();
  const unit = row.objective.unit;
  // Intl knows most feed units (millisecond, minute, percent, ...); others are written after it.
  const number = (v: number): string => {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 3,
      }).format(v);
    } catch {
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)} ${unit}`;
    }
  };
  const d = row.description;
  const window =
    d.window.kind === 'rolling'
      ? translate(locale, 'window.rolling', { count: d.window.days })
      : translate(locale, `window.${d.window.unit}`);
  const promise = translate(locale, `sentence.promise.${row.objective.direction}`, {
    service: row.service?.name ?? row.objective.name,
    indicator: row.service ? translate(locale, `indicator.${row.objective.indicator}`) : '',
    target: number(row.target),
    minimum: number(row.minimum),
    window,
  }).replace(/\s{2,}/g, ' ');
  const fee = translate(locale, `fee.${data.agreement.fee?.per ?? 'month'}`);
  const credit = d.creditTiers[0];
  const rule = credit
    ? translate(locale, `sentence.remedy.${row.objective.direction}`, {
        threshold: number(credit.threshold),
        credit: `${credit.creditPercent} %`,
        fee,
      })
    : '';
  const month = new Intl.DateTimeFormat(locale, { timeZone: tz, month: 'short', year: 'numeric' });
  const periods = row.trend.map((p) => {
    const li = document.createElement('li');
    const value = p.value === null ? '—' : number(p.value);
    li.textContent = `${month.format(p.start)}: ${value}, ${translate(locale, `status.${p.status}`)}`;
    return li;
  });

  const heading = document.createElement('h2');
  heading.textContent = row.objective.name;
  const sentence = document.createElement('p');
  sentence.textContent = promise;
  const remedy = document.createElement('p');
  remedy.textContent = rule;
  const listHeading = document.createElement('h3');
  listHeading.textContent = translate(locale, 'scorecard.trendCaption', {
    agreement: data.agreement.name,
  });
  const list = document.createElement('ul');
  list.append(...periods);
  $('details').replaceChildren(heading, sentence, ...(rule ? [remedy] : []), listHeading, list);
  $('details').hidden = false;
}

for (const card of [$('scorecard'), $('plain-card'), incentive]) {
  card.addEventListener('sla-select', (event: SlaSelectEvent) => {
    const detail = event.detail;
    if (detail.kind === 'objective') {
      showDetails(detail.agreement, detail.objective, detail.period.start);
      setUrl({ objective: `${detail.agreement}/${detail.objective}`, from: null, to: null });
      showTimelineFromUrl();
    }
  });
}

// A month picked in the incentive view (its dot) is shown in the scorecards too.
incentive.addEventListener('sla-select', (event: SlaSelectEvent) => {
  // The property is set before the event (the attribute follows with the next render).
  const period = (incentive as HTMLElement & { period?: string }).period;
  if (event.detail.kind === 'period' && period) {
    for (const card of [$('scorecard'), $('plain-card')]) card.setAttribute('period', period);
  }
});
