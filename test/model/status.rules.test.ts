// Status ranks from docs/feed.md ("Status of a period"): breached, at risk, no data, met,
// exceeded; a status the kit does not know ranks with no data.
import { expect } from '@open-wc/testing';
import type { PeriodStatus } from '../../src/model/index.js';
import { compareStatus, statusRank } from '../../src/model/index.js';

describe('model/status rules', () => {
  it('an unknown status ranks with no data: after breached and at risk, before met and exceeded', () => {
    const unknown = 'pending' as PeriodStatus;
    expect(statusRank(unknown)).to.equal(2);
    expect(statusRank(unknown)).to.equal(statusRank('no-data'));
    const sorted = (['met', unknown, 'breached', 'exceeded', 'at-risk'] as PeriodStatus[]).sort(
      compareStatus,
    );
    expect(sorted).to.deep.equal(['breached', 'at-risk', unknown, 'met', 'exceeded']);
  });
});
