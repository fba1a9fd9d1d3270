// "Download this month's report": the signed-in customer's monthly SLA report (the latest complete
// month), one HTML file made on the server as `sla-kit report` makes it (vite.config.ts,
// `monthlyReports`); the browser saves it. The customer switcher stands in for the login.
const button = document.getElementById('report') as HTMLButtonElement;
const customer = document.getElementById('customer') as HTMLSelectElement;

button.addEventListener('click', () => {
  if (!customer.value) return;
  location.assign(`/sla/report/${encodeURIComponent(customer.value)}.html`);
});
