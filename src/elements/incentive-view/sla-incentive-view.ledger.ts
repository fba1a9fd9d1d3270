/**
 * The money ledger of the range: one row per period and a total, from the model's
 * `agreementLedger` (every figure is the model's, formatted with Intl in the feed's currency):
 * credits owed, the recorded figure and a difference flag, earned back and pending earn-back,
 * bonuses, net, the amount at risk of a pool, the minimum payable, and notes (cap applied, credit
 * waived). Columns the agreement never uses (no recorded credit, no earn-back, no pool, no minimum
 * payable) are left out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LedgerPeriod } from '../../model/index.js';
import { isolate } from '../shared/internal/bidi.js';
import { periodLabel, type IncentiveContext } from './sla-incentive-view.view.js';

/** Which optional columns the ledger shows. */
export interface LedgerColumns {
  readonly recorded: boolean;
  readonly earnBack: boolean;
  readonly atRisk: boolean;
  readonly minimumPayable: boolean;
}

export function ledgerColumns(periods: readonly LedgerPeriod[]): LedgerColumns {
  return {
    recorded: periods.some((p) => p.recordedCredit !== null),
    earnBack: periods.some((p) => p.rows.some((r) => r.earnBack !== 'none')),
    atRisk: periods.some((p) => p.amountAtRisk !== null),
    minimumPayable: periods.some((p) => p.minimumPayable !== null),
  };
}

export function renderLedger(ctx: IncentiveContext): TemplateResult {
  const { t, fmt, data } = ctx;
  const { ledger } = data;
  const currency = ledger.currency;
  const hasFee = !!currency && ledger.periods.some((p) => p.fee !== null);
  const headingId = 'ledger-heading';
  if (!hasFee)
    return html`<section class="ledger" part="ledger" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${t('incentiveView.ledger.heading')}</h3>
      <p class="note">${t('incentiveView.ledger.noFee')}</p>
    </section>`;
  const cols = ledgerColumns(ledger.periods);
  const money = (x: number) => fmt.money(x, currency);
  const signed = (x: number) => fmt.signedMoney(x, currency);
  const tz = data.agreement.timeZone;
  const notes = (p: LedgerPeriod): string[] => [
    ...(p.creditCapApplied ? [t('incentiveView.ledger.creditCap')] : []),
    ...(p.bonusCapApplied ? [t('incentiveView.ledger.bonusCap')] : []),
    ...(p.creditWaived ? [t('incentiveView.ledger.waived')] : []),
  ];
  return html`<section class="ledger" part="ledger" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${t('incentiveView.ledger.heading')}</h3>
    <div class="ledger-scroll" tabindex="0" role="region" aria-labelledby="ledger-caption">
      <table class="ledger-table" part="ledger-table">
        <caption id="ledger-caption">
          ${t('incentiveView.ledger.caption', { agreement: isolate(data.agreement.name) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('incentiveView.ledger.period')}</th>
            <th scope="col" class="num">${t('incentiveView.ledger.credits')}</th>
            ${cols.recorded ? html`<th scope="col" class="num">${t('incentiveView.ledger.recorded')}</th>` : nothing}
            ${
              cols.earnBack
                ? html`<th scope="col" class="num">${t('incentiveView.ledger.earnedBack')}</th>
                    <th scope="col" class="num">${t('incentiveView.ledger.pending')}</th>`
                : nothing
            }
            <th scope="col" class="num">${t('incentiveView.ledger.bonuses')}</th>
            <th scope="col" class="num">${t('incentiveView.ledger.net')}</th>
            ${cols.atRisk ? html`<th scope="col" class="num">${t('incentiveView.ledger.atRisk')}</th>` : nothing}
            ${cols.minimumPayable ? html`<th scope="col" class="num">${t('incentiveView.ledger.minimumPayable')}</th>` : nothing}
            <th scope="col">${t('incentiveView.ledger.notes')}</th>
          </tr>
        </thead>
        <tbody>
          ${ledger.periods.map(
            (p) =>
              html`<tr part="ledger-row" data-start=${p.start}>
                <th scope="row">${periodLabel(fmt, p, tz)}</th>
                <td class="num">${money(p.credits)}</td>
                ${
                  cols.recorded
                    ? html`<td class="num" data-differs=${p.recordedDiffers ? 'true' : 'false'}>
                        ${p.recordedCredit === null ? '—' : money(p.recordedCredit)}
                        ${
                          p.recordedDiffers
                            ? html`<span class="differs" part="differs"
                                >⚠ ${t('incentiveView.ledger.differs')}</span
                              >`
                            : nothing
                        }
                      </td>`
                    : nothing
                }
                ${
                  cols.earnBack
                    ? html`<td class="num">${money(p.earnedBack)}</td>
                        <td class="num">${money(p.pending)}</td>`
                    : nothing
                }
                <td class="num">${money(p.bonuses)}</td>
                <td class="num">${signed(p.net)}</td>
                ${cols.atRisk ? html`<td class="num">${p.amountAtRisk === null ? '—' : money(p.amountAtRisk)}</td>` : nothing}
                ${cols.minimumPayable ? html`<td class="num">${p.minimumPayable === null ? '—' : money(p.minimumPayable)}</td>` : nothing}
                <td>${notes(p).join('; ')}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr part="ledger-total">
            <th scope="row">${t('incentiveView.ledger.total')}</th>
            <td class="num">${money(ledger.total.credits)}</td>
            ${cols.recorded ? html`<td></td>` : nothing}
            ${
              cols.earnBack
                ? html`<td class="num">${money(ledger.total.earnedBack)}</td>
                    <td class="num">${money(ledger.total.pending)}</td>`
                : nothing
            }
            <td class="num">${money(ledger.total.bonuses)}</td>
            <td class="num">${signed(ledger.total.net)}</td>
            ${cols.atRisk ? html`<td></td>` : nothing}
            ${cols.minimumPayable ? html`<td></td>` : nothing}
            <td></td>
          </tr>
        </tfoot>
      </table>
    </div>
  </section>`;
}
