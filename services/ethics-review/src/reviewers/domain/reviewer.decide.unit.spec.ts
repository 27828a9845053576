import { deciderSpec } from '@hpc-access/testing';
import { reviewerDecider } from './reviewer.decide';

const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'chair-1', role: 'ethics-chair' } };
const register = { type: 'RegisterReviewer' as const, data: { reviewerId: 'rev-a', organisationId: 'uni-a', expertise: ['privacy', 'privacy', 'fairness'] }, context };
const registered = { type: 'ReviewerRegistered' as const, data: { reviewerId: 'rev-a', organisationId: 'uni-a', expertise: ['privacy', 'fairness'], registeredBy: 'chair-1', registeredAt: '2026-11-02T09:00:00.000Z' } };

describe('the reviewer registry', () => {
  it('registers a reviewer with their affiliation and expertise, each listed once', () => {
    deciderSpec(reviewerDecider).when(register).then([registered]);
  });

  it('registers a reviewer once', () => {
    deciderSpec(reviewerDecider).given([registered]).when(register).thenThrows('reviewer-already-registered', { kind: 'conflict', field: 'reviewerId' });
  });
});
