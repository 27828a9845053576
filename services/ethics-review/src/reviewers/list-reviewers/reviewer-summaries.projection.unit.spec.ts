import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { reviewerRows } from './reviewer-summaries.projection';

describe('the reviewer registry as a fold of registrations', () => {
  it('keeps the first registration of each reviewer', () => {
    const registered = { type: 'ReviewerRegistered', data: { reviewerId: 'rev-a', organisationId: 'uni-1', expertise: ['privacy', 'fairness'], registeredBy: 'chair', registeredAt: '2026-01-01T09:00:00.000Z' } };
    const next = recordedStream('ethics-reviewer-rev-a');
    expect(foldRows(reviewerRows('ethics'), [next(registered), next(registered)])).toEqual([
      { reviewerId: 'rev-a', organisationId: 'uni-1', expertise: ['privacy', 'fairness'], registeredAt: new Date('2026-01-01T09:00:00.000Z') },
    ]);
  });
});
