/**
 * The report's one style sheet: screen and print. Static text (no feed value is ever put in it),
 * so its CSP hash depends only on the paper. Print: A4 or Letter (or the printer's paper, with
 * margins that fit both), each agreement on a new page, no controls (the elements' buttons and
 * pickers are hidden through their parts), colours kept.
 */

/** Paper sizes of `--paper`. */
export const PAPERS = ['auto', 'a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

const SIZES: Readonly<Record<Paper, string>> = { auto: 'auto', a4: 'A4', letter: 'letter' };

/** Every element the report shows, for `::part()` rules. */
const ELEMENTS = ['sla-scorecard', 'sla-breach-timeline', 'sla-incentive-view'];

/** The parts that are controls: a printed page cannot press them. */
const CONTROLS = ['view-toggle', 'toolbar', 'control', 'period-select', 'pager', 'menu'];

const parts = (names: readonly string[]): string =>
  ELEMENTS.flatMap((e) => names.map((n) => `${e}::part(${n})`)).join(',\n');

export function reportStyles(paper: Paper): string {
  return `
:root {
  color-scheme: light;
  --sla-text: #1a1a1a;
  --sla-text-muted: #4d4d4d;
  --sla-surface: #ffffff;
  --sla-border: #c8c8c8;
  font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif;
  color: #1a1a1a;
  background: #ffffff;
  print-color-adjust: exact;
  -webkit-print-color-adjust: exact;
}
body { margin: 0 auto; padding: 1.5rem; max-width: 60rem; }
h1 { font-size: 1.6rem; margin: 0.25rem 0; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.lead { margin: 0.25rem 0; color: #4d4d4d; }
.page-head {
  display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; justify-content: space-between;
  margin: 0 0 0.75rem; padding-bottom: 0.35rem; border-bottom: 2px solid #1a1a1a;
  font-size: 0.85rem; color: #4d4d4d;
}
.page-head .brand { font-weight: 700; color: #1a1a1a; }
.people ul { margin: 0.25rem 0; padding-inline-start: 1.25rem; }
.people li { margin: 0.15rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0; min-width: 60%; }
caption { text-align: start; color: #4d4d4d; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid #c8c8c8; padding: 0.3rem 0.6rem; text-align: start; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
.agreement { margin-top: 2.5rem; }
sla-scorecard, sla-breach-timeline, sla-incentive-view { display: block; margin: 0.5rem 0 1rem; }

@page {
  size: ${SIZES[paper]};
  /* 14 mm at the sides and 16 mm at the top and bottom fit A4 (210 x 297 mm) and Letter
     (216 x 279 mm) alike: 182 mm of text width either way. */
  margin: 16mm 14mm;
  @bottom-right { content: counter(page) ' / ' counter(pages); font-size: 8pt; color: #4d4d4d; }
}
@media print {
  :root { font-size: 10pt; }
  body { padding: 0; max-width: none; }
  .agreement { break-before: page; margin-top: 0; }
  h1, h2, h3 { break-after: avoid; }
  li, tr { break-inside: avoid; }
  /* The scorecard turns each objective into a card below 760 px; a page is 688 px (A4) to 710 px
     (Letter) wide, so it is drawn at 85 % to keep its table. */
  sla-scorecard { zoom: 0.85; }
${parts(CONTROLS)} { display: none; }
${parts(['row', 'objective-card', 'strip-row', 'ledger-row', 'health'])} { break-inside: avoid; }
}
`;
}
