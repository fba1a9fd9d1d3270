/**
 * Money: a row's credit or bonus cell, and the card footer (credits owed, bonuses earned, net,
 * cap / waiver / recorded-amount notes, the exit clause warning). Amounts come exact from the
 * model; this module only writes them in the reader's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderStatus } from '../shared/index.js';
import type { ScorecardData, ScorecardRow } from './scorecard-data.js';
import type { ScorecardContext } from './sla-scorecard.view.js';

/** A row's money cell: its credit, else its bonus (amount when the fee is known, else percent). */
export function renderMoneyCell(
  ctx: ScorecardContext,
  data: ScorecardData,
  row: ScorecardRow,
): TemplateResult | string {
  const { t, fmt } = ctx;
  const currency = data.agreement.currency;
  const credit = row.credit;
  const bonus = row.bonus;
  if (credit && credit.percent > 0) {
    return html`<span class="credit"
      >${
        credit.amount !== null && currency
          ? t('scorecard.creditAmount', { amount: fmt.money(credit.amount, currency) })
          : t('scorecard.creditPercent', { percent: fmt.percent(credit.percent) })
      }</span
    >`;
  }
  if (bonus && bonus.percent > 0) {
    return html`<span class="bonus"
      >${
        bonus.amount !== null && currency
          ? t('scorecard.bonusAmount', { amount: fmt.money(bonus.amount, currency) })
          : t('scorecard.bonusPercent', { percent: fmt.percent(bonus.percent) })
      }</span
    >`;
  }
  return html`<span aria-hidden="true">—</span
    ><span class="sla-visually-hidden">${t('label.none')}</span>`;
}

/** The card footer: the period's money and the exit clause warning. */
export function renderFooter(ctx: ScorecardContext, data: ScorecardData): TemplateResult {
  const { t, fmt } = ctx;
  const m = data.money;
  const currency = data.agreement.currency;
  const amount = (x: number | null, pct: number): string =>
    x !== null && currency ? fmt.money(x, currency) : fmt.percent(pct);
  const net =
    m.net !== null && currency ? fmt.signedMoney(m.net, currency) : fmt.percent(m.netPercent);
  const notes: string[] = [];
  if (m.credit.capped && m.credit.capPercent !== null)
    notes.push(t('scorecard.capped', { percent: fmt.percent(m.credit.capPercent) }));
  if (m.credit.waived && m.credit.minimumPayable !== null && currency)
    notes.push(t('scorecard.waived', { amount: fmt.money(m.credit.minimumPayable, currency) }));
  if (m.credit.differs && m.credit.recorded !== null && m.credit.amount !== null && currency)
    notes.push(
      t('scorecard.recordedDiffers', {
        recorded: fmt.money(m.credit.recorded, currency),
        computed: fmt.money(m.credit.amount, currency),
      }),
    );
  const exit = data.exit;
  return html`<footer class="foot" part="footer">
    <dl class="money">
      <div>
        <dt>${t('label.creditsOwed')}</dt>
        <dd class="sla-num">${amount(m.credit.amount, m.credit.percent)}</dd>
      </div>
      <div>
        <dt>${t('label.bonusesEarned')}</dt>
        <dd class="sla-num">${amount(m.bonus.amount, m.bonus.percent)}</dd>
      </div>
      <div class="net">
        <dt>${t('label.net')} <span class="hint">(${t('scorecard.netHint')})</span></dt>
        <dd class="sla-num">${net}</dd>
      </div>
    </dl>
    ${notes.map((n) => html`<p class="note">${n}</p>`)}
    ${
      exit?.triggered
        ? html`<p class="exit" part="exit-warning" role="note">
            ${renderStatus('breached', t)}
            <span
              >${t('scorecard.exitReached', { count: exit.misses, within: exit.withinPeriods })}</span
            >
          </p>`
        : nothing
    }
  </footer>`;
}
