// The demo portal: plain DOM code, using the kit exactly as a provider's portal would.
import '../src/define/sla-feed.js';
import '../src/define/sla-scorecard.js';
import type { SlaSelectEvent } from '../src/elements/shared/events.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const feedEl = $('feed');
const customer = $<HTMLSelectElement>('customer');
const locale = $<HTMLSelectElement>('locale');
const theme = $<HTMLSelectElement>('theme');
const cards = [$('scorecard'), $('plain-card')];

// Fill the customer switcher from the feed once it has loaded.
feedEl.addEventListener('sla-load', (event) => {
  const { feed } = event.detail;
  const current = customer.value || 'contoso';
  customer.replaceChildren(
    ...feed.customers.map((c) => new Option(c.name, c.id, false, c.id === current)),
  );
  showCustomer();
});

function showCustomer(): void {
  for (const card of cards) card.setAttribute('customer', customer.value);
  $('customer-name').textContent = customer.selectedOptions[0]?.text ?? 'you';
}
customer.addEventListener('change', showCustomer);

// The portal's language is the page's `lang`; the cards follow it (no attribute on them needed).
locale.addEventListener('change', () => {
  document.documentElement.lang = locale.value;
  document.documentElement.dir = locale.value.startsWith('ar') ? 'rtl' : 'ltr';
});
theme.addEventListener('change', () => {
  document.documentElement.dataset.theme = theme.value;
  for (const card of cards) card.setAttribute('theme', theme.value);
});

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeZone: 'Europe/Berlin',
});
for (const card of cards) {
  card.addEventListener('sla-select', (event: SlaSelectEvent) => {
    const detail = event.detail;
    if (detail.kind !== 'objective' && detail.kind !== 'period') return;
    const what = detail.kind === 'objective' ? detail.objective : 'a period';
    const when = `, period from ${dateFormat.format(detail.period.start)}`;
    $('selection').textContent = `Selected ${what} of ${detail.agreement}${when}.`;
  });
}
