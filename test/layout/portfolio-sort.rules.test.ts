// Sorting and filtering portfolio rows: stable, no data last, money never across currencies.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  filterRows,
  foldText,
  isPortfolioSortKey,
  PORTFOLIO_SORT_KEYS,
  sortRows,
  type PortfolioSortKey,
} from '../../src/layout/portfolio-sort.js';
import type { MoneyTotal, PeriodStatus, PortfolioRow } from '../../src/model/index.js';

let serial = 0;
function row(over: Partial<PortfolioRow> & { customerId?: string } = {}): PortfolioRow {
  const id = over.customerId ?? `c${serial++}`;
  return {
    customerId: id,
    name: id,
    score: 100,
    status: 'met',
    counts: { met: 1, atRisk: 0, breached: 0, noData: 0, total: 1 },
    money: [],
    worst: null,
    reviewDue: null,
    exit: null,
    trend: [],
    period: null,
    currency: undefined,
    ...over,
  };
}
const ids = (rows: readonly PortfolioRow[]) => rows.map((r) => r.customerId);
const eur = (credit: number, bonus = 0): MoneyTotal => ({
  currency: 'EUR',
  credit,
  bonus,
  net: bonus - credit,
});
const usd = (credit: number, bonus = 0): MoneyTotal => ({ ...eur(credit, bonus), currency: 'USD' });

describe('sortRows', () => {
  it('sorts by health, worst first ascending, no data last in both directions', () => {
    const rows = [
      row({ customerId: 'a', score: 80 }),
      row({ customerId: 'none', score: null, status: 'no-data' }),
      row({ customerId: 'b', score: 20 }),
      row({ customerId: 'c', score: 50 }),
    ];
    expect(ids(sortRows(rows, 'health', 'ascending'))).to.deep.equal(['b', 'c', 'a', 'none']);
    expect(ids(sortRows(rows, 'health', 'descending'))).to.deep.equal(['a', 'c', 'b', 'none']);
  });

  it('is stable: equal rows keep their order in both directions', () => {
    const rows = ['a', 'b', 'c', 'd'].map((id) => row({ customerId: id, score: 50 }));
    expect(ids(sortRows(rows, 'health', 'ascending'))).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(ids(sortRows(rows, 'health', 'descending'))).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('sorts statuses by the one status order, breached first', () => {
    const statuses: PeriodStatus[] = ['met', 'exceeded', 'breached', 'no-data', 'at-risk'];
    const rows = statuses.map((status) => row({ customerId: status, status }));
    expect(ids(sortRows(rows, 'status', 'ascending'))).to.deep.equal([
      'breached',
      'at-risk',
      'met',
      'exceeded',
      'no-data',
    ]);
    expect(ids(sortRows(rows, 'status', 'descending'))).to.deep.equal([
      'exceeded',
      'met',
      'at-risk',
      'breached',
      'no-data',
    ]);
  });

  it('sorts names by the locale collation', () => {
    const rows = ['Zeta', 'émile', 'Ärzte', 'beta', 'Alpha'].map((name) =>
      row({ customerId: name, name }),
    );
    expect(ids(sortRows(rows, 'name', 'ascending', 'de'))).to.deep.equal([
      'Alpha',
      'Ärzte',
      'beta',
      'émile',
      'Zeta',
    ]);
    // Swedish sorts Ä after Z.
    expect(ids(sortRows(rows, 'name', 'ascending', 'sv'))).to.deep.equal([
      'Alpha',
      'beta',
      'émile',
      'Zeta',
      'Ärzte',
    ]);
    expect(ids(sortRows(rows, 'name', 'descending', 'de'))[0]).to.equal('Zeta');
  });

  it('sorts counts, review dates and the worst objective', () => {
    const counts = (met: number, atRisk: number, breached: number) => ({
      met,
      atRisk,
      breached,
      noData: 0,
      total: met + atRisk + breached,
    });
    const rows = [
      row({ customerId: 'a', counts: counts(3, 0, 2) }),
      row({ customerId: 'b', counts: counts(1, 2, 0) }),
      row({ customerId: 'c', counts: counts(2, 1, 1) }),
    ];
    expect(ids(sortRows(rows, 'met', 'ascending'))).to.deep.equal(['b', 'c', 'a']);
    expect(ids(sortRows(rows, 'atRisk', 'descending'))).to.deep.equal(['b', 'c', 'a']);
    expect(ids(sortRows(rows, 'breached', 'descending'))).to.deep.equal(['a', 'c', 'b']);
    const review = (reviewBy: number) => ({ agreementId: 'x', reviewBy, state: 'later' as const });
    const dated = [
      row({ customerId: 'late', reviewDue: review(300) }),
      row({ customerId: 'none' }),
      row({ customerId: 'early', reviewDue: review(100) }),
    ];
    expect(ids(sortRows(dated, 'review', 'ascending'))).to.deep.equal(['early', 'late', 'none']);
    expect(ids(sortRows(dated, 'review', 'descending'))).to.deep.equal(['late', 'early', 'none']);
    const worst = (status: PeriodStatus, value: number | null) => ({
      agreementId: 'x',
      objectiveId: 'o',
      name: 'O',
      status,
      value,
      unit: 'percent' as const,
      direction: 'higher-is-better' as const,
      minimum: 99,
      target: 99.9,
    });
    const worsts = [
      row({ customerId: 'risk', worst: worst('at-risk', 99.5) }),
      row({ customerId: 'deep', worst: worst('breached', 95) }),
      row({ customerId: 'none' }),
      row({ customerId: 'shallow', worst: worst('breached', 98.9) }),
      row({ customerId: 'nodata', worst: worst('no-data', null) }),
    ];
    expect(ids(sortRows(worsts, 'worst', 'ascending'))).to.deep.equal([
      'deep',
      'shallow',
      'risk',
      'nodata',
      'none',
    ]);
  });

  it('sorts exit warnings triggered first, then by misses', () => {
    const exitWarning = (state: 'triggered' | 'near', misses: number) => ({
      agreementId: 'x',
      state,
      misses,
      allowed: 3,
      window: 6,
    });
    const rows = [
      row({ customerId: 'near1', exit: exitWarning('near', 1) }),
      row({ customerId: 'none' }),
      row({ customerId: 'trig', exit: exitWarning('triggered', 3) }),
      row({ customerId: 'near2', exit: exitWarning('near', 2) }),
    ];
    expect(ids(sortRows(rows, 'exit', 'ascending'))).to.deep.equal([
      'trig',
      'near2',
      'near1',
      'none',
    ]);
    expect(ids(sortRows(rows, 'exit', 'descending'))).to.deep.equal([
      'near1',
      'near2',
      'trig',
      'none',
    ]);
  });

  it('sorts money by currency code, then amount; never compares across currencies as numbers', () => {
    const rows = [
      row({ customerId: 'usd-1', money: [usd(1)] }),
      row({ customerId: 'eur-500', money: [eur(500)] }),
      row({ customerId: 'none' }),
      row({ customerId: 'usd-900', money: [usd(900)] }),
      row({ customerId: 'eur-2', money: [eur(2)] }),
    ];
    expect(ids(sortRows(rows, 'credit', 'ascending'))).to.deep.equal([
      'eur-2',
      'eur-500',
      'usd-1',
      'usd-900',
      'none',
    ]);
    expect(ids(sortRows(rows, 'credit', 'descending'))).to.deep.equal([
      'eur-500',
      'eur-2',
      'usd-900',
      'usd-1',
      'none',
    ]);
    const nets = [
      row({ customerId: 'minus', money: [eur(10, 0)] }),
      row({ customerId: 'plus', money: [eur(0, 10)] }),
    ];
    expect(ids(sortRows(nets, 'net', 'ascending'))).to.deep.equal(['minus', 'plus']);
    expect(ids(sortRows(nets, 'bonus', 'descending'))).to.deep.equal(['plus', 'minus']);
    // Two currencies: the first code, then the next.
    const two = [
      row({ customerId: 'both-big', money: [eur(1), usd(9)] }),
      row({ customerId: 'eur', money: [eur(1)] }),
      row({ customerId: 'both-small', money: [eur(1), usd(2)] }),
    ];
    expect(ids(sortRows(two, 'credit', 'ascending'))).to.deep.equal([
      'eur',
      'both-small',
      'both-big',
    ]);
  });

  it('property: a permutation, no-data rows last in input order, the rest ordered and stable', () => {
    const money = fc.oneof(
      fc.constant([] as MoneyTotal[]),
      fc
        .tuple(fc.constantFrom('EUR', 'USD', 'GBP'), fc.integer({ min: 0, max: 5 }))
        .map(([c, n]) => [{ currency: c, credit: n, bonus: 5 - n, net: 5 - 2 * n }]),
    );
    const arbRow = fc.record({
      score: fc.option(fc.constantFrom(0, 50, 100), { nil: null }),
      money,
    });
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 30 }),
        fc.constantFrom<PortfolioSortKey>('health', 'credit'),
        fc.constantFrom<'ascending' | 'descending'>('ascending', 'descending'),
        (specs, key, direction) => {
          const rows = specs.map((s, i) =>
            row({ customerId: `r${i}`, score: s.score, money: s.money }),
          );
          const sorted = sortRows(rows, key, direction);
          expect([...sorted].sort((a, b) => rows.indexOf(a) - rows.indexOf(b))).to.deep.equal(rows);
          const hasData = (r: PortfolioRow) =>
            key === 'health' ? r.score !== null : r.money.length > 0;
          const cut = sorted.findIndex((r) => !hasData(r));
          const tail = cut === -1 ? [] : sorted.slice(cut);
          expect(tail.every((r) => !hasData(r))).to.equal(true);
          expect(tail).to.deep.equal(rows.filter((r) => !hasData(r)));
          // Oracle: each adjacent pair is in order by the key as written out here, ties by input order.
          const sign = direction === 'ascending' ? 1 : -1;
          const head = cut === -1 ? sorted : sorted.slice(0, cut);
          for (let i = 1; i < head.length; i++) {
            const a = head[i - 1]!;
            const b = head[i]!;
            let order: number;
            if (key === 'health') order = (a.score! - b.score!) * sign;
            else {
              const [x, y] = [a.money[0]!, b.money[0]!];
              order =
                x.currency === y.currency
                  ? (x.credit - y.credit) * sign
                  : x.currency < y.currency
                    ? -1
                    : 1;
            }
            expect(order <= 0).to.equal(true);
            if (order === 0) expect(rows.indexOf(a) < rows.indexOf(b)).to.equal(true);
          }
        },
      ),
    );
  });

  it('sorts names with no score among the rest, equal names by customer id', () => {
    const rows = [
      row({ customerId: 'z2', name: 'Same' }),
      row({ customerId: 'b', name: 'Beta', score: null, status: 'no-data' }),
      row({ customerId: 'z1', name: 'Same' }),
      row({ customerId: 'a', name: 'Alpha' }),
    ];
    // Every row has a name: a row without a score is not sent to the end.
    expect(ids(sortRows(rows, 'name', 'ascending', 'en'))).to.deep.equal(['a', 'b', 'z1', 'z2']);
    expect(ids(sortRows(rows, 'name', 'descending', 'en'))).to.deep.equal(['z2', 'z1', 'b', 'a']);
    const same = ['m', 'z', 'a', 'k'].map((id) => row({ customerId: id, name: 'Same' }));
    expect(ids(sortRows(same, 'name', 'ascending'))).to.deep.equal(['a', 'k', 'm', 'z']);
    expect(ids(sortRows(same, 'name', 'descending'))).to.deep.equal(['z', 'm', 'k', 'a']);
  });

  it('sorts by net worst first, rows without money last', () => {
    const rows = [
      row({ customerId: 'none' }),
      row({ customerId: 'plus', money: [eur(0, 10)] }),
      row({ customerId: 'zero', money: [eur(5, 5)] }),
      row({ customerId: 'minus', money: [eur(10, 0)] }),
    ];
    expect(ids(sortRows(rows, 'net', 'ascending'))).to.deep.equal([
      'minus',
      'zero',
      'plus',
      'none',
    ]);
    expect(ids(sortRows(rows, 'net', 'descending'))).to.deep.equal([
      'plus',
      'zero',
      'minus',
      'none',
    ]);
  });

  it('sorts the worst objective by status first, then the larger shortfall, whatever the input order', () => {
    const worst = (status: PeriodStatus, value: number | null) => ({
      agreementId: 'x',
      objectiveId: 'o',
      name: 'O',
      status,
      value,
      unit: 'percent' as const,
      direction: 'higher-is-better' as const,
      minimum: 99,
      target: 99.9,
    });
    const rows = [
      row({ customerId: 'met', worst: worst('met', 99.95) }),
      row({ customerId: 'shallow', worst: worst('breached', 98.9) }),
      row({ customerId: 'nodata', worst: worst('no-data', null) }),
      row({ customerId: 'deep', worst: worst('breached', 95) }),
    ];
    // No data ranks before met although a missing value has no shortfall at all.
    expect(ids(sortRows(rows, 'worst', 'ascending'))).to.deep.equal([
      'deep',
      'shallow',
      'nodata',
      'met',
    ]);
    expect(ids(sortRows(rows, 'worst', 'descending'))).to.deep.equal([
      'met',
      'nodata',
      'shallow',
      'deep',
    ]);
  });

  it('sorts a triggered exit clause before a near one even with fewer misses', () => {
    const exitWarning = (state: 'triggered' | 'near', misses: number, allowed: number) => ({
      agreementId: 'x',
      state,
      misses,
      allowed,
      window: 6,
    });
    const rows = [
      row({ customerId: 'near4', exit: exitWarning('near', 4, 5) }),
      row({ customerId: 'trig2', exit: exitWarning('triggered', 2, 2) }),
      row({ customerId: 'near1', exit: exitWarning('near', 1, 2) }),
    ];
    expect(ids(sortRows(rows, 'exit', 'ascending'))).to.deep.equal(['trig2', 'near4', 'near1']);
    expect(ids(sortRows(rows, 'exit', 'descending'))).to.deep.equal(['near1', 'near4', 'trig2']);
    expect(ids(sortRows([rows[1]!, rows[0]!], 'exit', 'ascending'))).to.deep.equal([
      'trig2',
      'near4',
    ]);
    const reversed = [rows[2]!, rows[0]!, rows[1]!];
    expect(ids(sortRows(reversed, 'exit', 'ascending'))).to.deep.equal(['trig2', 'near4', 'near1']);
  });

  it('knows its keys', () => {
    expect(PORTFOLIO_SORT_KEYS).to.have.length(12);
    expect(isPortfolioSortKey('health')).to.equal(true);
    expect(isPortfolioSortKey('score')).to.equal(false);
    const rows = [row({ customerId: 'a' }), row({ customerId: 'b' })];
    for (const key of PORTFOLIO_SORT_KEYS)
      expect(sortRows(rows, key, 'ascending')).to.have.length(2);
  });
});

describe('filterRows', () => {
  const rows = [
    row({ customerId: 'emile', name: 'Émile Öztürk GmbH', status: 'breached' }),
    row({ customerId: 'acme', name: 'Acme', status: 'met' }),
    row({ customerId: 'northwind', name: 'Northwind', status: 'at-risk' }),
    row({ customerId: 'void', name: 'Void', status: 'no-data', score: null }),
  ];

  it('matches name or id, ignoring case and accents', () => {
    expect(ids(filterRows(rows, { text: 'emile oz' }))).to.deep.equal(['emile']);
    expect(ids(filterRows(rows, { text: 'ÉMILE' }))).to.deep.equal(['emile']);
    expect(ids(filterRows(rows, { text: 'NORTH' }))).to.deep.equal(['northwind']);
    expect(ids(filterRows(rows, { text: 'wind' }))).to.deep.equal(['northwind']);
    expect(ids(filterRows(rows, { text: 'void' }))).to.deep.equal(['void']);
    expect(ids(filterRows(rows, { text: 'zzz' }))).to.deep.equal([]);
    expect(ids(filterRows(rows, { text: '  ' }))).to.have.length(4);
    // Spaces around the search text are not part of it.
    expect(ids(filterRows(rows, { text: '  acme ' }))).to.deep.equal(['acme']);
  });

  it('matches by id when the name does not', () => {
    const named = [row({ customerId: 'cust-42', name: 'Fabrikam' })];
    expect(ids(filterRows(named, { text: '42' }))).to.deep.equal(['cust-42']);
  });

  it('keeps the listed statuses; none listed keeps every row', () => {
    expect(ids(filterRows(rows, { status: ['breached', 'at-risk'] }))).to.deep.equal([
      'emile',
      'northwind',
    ]);
    expect(ids(filterRows(rows, { status: [] }))).to.have.length(4);
    expect(ids(filterRows(rows, { status: ['no-data'], text: 'o' }))).to.deep.equal(['void']);
  });

  it('folds text for matching in the given locale', () => {
    expect(foldText('Ünïcödé')).to.equal('unicode');
    expect(foldText('İstanbul', 'tr')).to.equal('istanbul');
    expect(
      ids(
        filterRows([row({ customerId: 'x', name: 'DİYARBAKIR' })], {
          text: 'diyarbakır',
          locale: 'tr',
        }),
      ),
    ).to.deep.equal(['x']);
  });
});
