// Rules across records at their boundaries (src/feed/rules: time-order, exit-clause,
// agreement-levels, unique-ids, cycles; docs/feed.md "Validation"): each change to the base feed,
// the issues it must produce, with path, message and code, and the edge that is still valid.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/index.js';
import { baseFeed } from '../fixtures/base-feed.js';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-call -- raw feeds changed field by field */
type Loose = Record<string, any>;

/** [path, message, code] of every error of a feed changed by `change`; [] when it is valid. */
function errorsOf(change: (f: Loose) => unknown): [string, string, string][] {
  const feed = baseFeed() as Loose;
  change(feed);
  const result = parseFeed(feed);
  return result.ok ? [] : result.issues.map((i) => [i.path, i.message, i.code]);
}

const T0 = '2026-10-20T12:00:00Z';
const T1 = '2026-10-20T13:00:00Z';

describe('time order and exit clause rules', () => {
  it('an agreement may end the instant it starts, not before', () => {
    expect(
      errorsOf((f) => Object.assign(f.agreements[1], { validFrom: T0, validTo: T0 })),
    ).to.deep.equal([]);
    expect(
      errorsOf((f) => Object.assign(f.agreements[1], { validFrom: T1, validTo: T0 })),
    ).to.deep.equal([['agreements[1].validTo', 'is before validFrom.', 'range']]);
    // one end alone is no range
    expect(errorsOf((f) => Object.assign(f.agreements[1], { validTo: T0 }))).to.deep.equal([]);
    expect(errorsOf((f) => Object.assign(f.agreements[1], { validFrom: T1 }))).to.deep.equal([]);
  });

  it('a period must end after it starts: the same instant is an error', () => {
    expect(errorsOf((f) => Object.assign(f.periods[1], { start: T0, end: T1 }))).to.deep.equal([]);
    expect(errorsOf((f) => Object.assign(f.periods[1], { start: T0, end: T0 }))).to.deep.equal([
      ['periods[1].end', 'must be after start.', 'range'],
    ]);
    expect(errorsOf((f) => Object.assign(f.periods[0], { start: T1, end: T0 }))).to.deep.equal([
      ['periods[0].end', 'must be after start.', 'range'],
    ]);
  });

  it('a breach or a maintenance window may end the instant it starts, not before', () => {
    expect(errorsOf((f) => Object.assign(f.breaches[2], { start: T0, end: T0 }))).to.deep.equal([]);
    expect(errorsOf((f) => Object.assign(f.breaches[2], { start: T1, end: T0 }))).to.deep.equal([
      ['breaches[2].end', 'is before start.', 'range'],
    ]);
    expect(errorsOf((f) => Object.assign(f.breaches[2], { start: T1, end: null }))).to.deep.equal(
      [],
    );
    expect(errorsOf((f) => Object.assign(f.maintenance[0], { start: T0, end: T0 }))).to.deep.equal(
      [],
    );
    expect(errorsOf((f) => Object.assign(f.maintenance[0], { start: T1, end: T0 }))).to.deep.equal([
      ['maintenance[0].end', 'is before start.', 'range'],
    ]);
  });

  it('an exit clause may need as many misses as its window holds periods, not more', () => {
    expect(
      errorsOf((f) => (f.agreements[1].exitClause = { misses: 6, withinPeriods: 6 })),
    ).to.deep.equal([]);
    expect(
      errorsOf((f) => (f.agreements[1].exitClause = { misses: 7, withinPeriods: 6 })),
    ).to.deep.equal([
      [
        'agreements[1].exitClause.misses',
        'is larger than withinPeriods, so the clause can never trigger.',
        'range',
      ],
    ]);
    expect(errorsOf((f) => delete f.agreements[1].exitClause)).to.deep.equal([]);
  });
});

describe('agreement level, id and cycle rules', () => {
  it('a corporate agreement has no parent; a customer agreement names its customer itself or through a parent', () => {
    const withParent = errorsOf((f) => {
      f.agreements.push({ id: 'group', name: 'Group terms', level: 'corporate', objectives: [] });
      f.agreements[0].parentId = 'group';
    });
    expect(withParent).to.deep.equal([
      [
        'agreements[0].parentId',
        'must be absent: a corporate agreement is the top level.',
        'invalid',
      ],
    ]);
    expect(errorsOf((f) => delete f.agreements[1].customerId)).to.deep.equal([
      [
        'agreements[1].customerId',
        'is required for a customer agreement (directly or through its parent).',
        'invalid',
      ],
    ]);
    // a service agreement below the customer agreement has its customer through it
    expect(
      errorsOf((f) =>
        f.agreements.push({
          id: 'web-sla',
          name: 'Web shop',
          level: 'service',
          parentId: 'contoso-msa',
          serviceId: 'svc-web',
          objectives: [],
        }),
      ),
    ).to.deep.equal([]);
    expect(
      errorsOf((f) =>
        f.agreements.push({
          id: 'web-sla',
          name: 'Web shop',
          level: 'service',
          parentId: 'corporate',
          serviceId: 'svc-web',
          objectives: [],
        }),
      ),
    ).to.deep.equal([
      [
        'agreements[2].customerId',
        'is required for a service agreement (directly or through its parent).',
        'invalid',
      ],
    ]);
  });

  it('an id is reported at its second use in each list, and objective ids within their agreement', () => {
    expect(
      errorsOf((f) => {
        f.services[1].id = 'svc-web';
        f.services[0].dependsOn = [];
        f.maintenance[0].serviceIds = ['svc-web'];
        f.breaches[2].id = 'BR-1';
        f.customers.push({ ...f.customers[0] });
        f.maintenance.push({ ...f.maintenance[0] });
      }),
    ).to.deep.equal([
      ['customers[1].id', '"contoso" is used by another entry in customers.', 'duplicate-id'],
      ['services[1].id', '"svc-web" is used by another entry in services.', 'duplicate-id'],
      ['breaches[2].id', '"BR-1" is used by another entry in breaches.', 'duplicate-id'],
      ['maintenance[1].id', '"mw-1" is used by another entry in maintenance.', 'duplicate-id'],
    ]);
    expect(
      errorsOf((f) => {
        f.agreements[0].objectives.push({ ...f.agreements[0].objectives[0] });
        f.agreements[1].objectives.push({ id: 'availability', target: 99.9 });
      }),
    ).to.deep.equal([
      [
        'agreements[0].objectives[2].id',
        '"availability" is used by another objective of this agreement.',
        'duplicate-id',
      ],
      [
        'agreements[1].objectives[1].id',
        '"availability" is used by another objective of this agreement.',
        'duplicate-id',
      ],
    ]);
    // the same objective id in two agreements is how a child overrides its parent
    expect(errorsOf(() => undefined)).to.deep.equal([]);
  });

  it('a cycle of parents is reported at each agreement in it, once', () => {
    const errors = errorsOf((f) => {
      f.agreements[0].level = 'customer';
      f.agreements[0].customerId = 'contoso';
      f.agreements[0].parentId = 'contoso-msa';
    });
    expect(errors.filter(([, , code]) => code === 'cycle')).to.deep.equal([
      [
        'agreements[0].parentId',
        'forms a cycle: an agreement cannot inherit from itself.',
        'cycle',
      ],
      [
        'agreements[1].parentId',
        'forms a cycle: an agreement cannot inherit from itself.',
        'cycle',
      ],
    ]);
  });
});
