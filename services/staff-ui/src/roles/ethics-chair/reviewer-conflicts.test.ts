import { describe, expect, it } from 'vitest';
import { activeReviewers, reviewerOptions } from './reviewer-conflicts';

const reviewer = (reviewerId: string, organisationId: string) => ({ reviewerId, organisationId, expertise: [], registeredAt: '2026-11-01T00:00:00Z' });
const assignment = (reviewerId: string, conflict: boolean | null) => ({
  reviewerId,
  assignedAt: '2026-12-01T00:00:00Z',
  reviewDueAt: '2026-12-11T00:00:00Z',
  endedAt: null,
  overdue: false,
  declaration: conflict === null ? null : { conflict, statement: conflict ? 'I advised the applicant last year.' : 'None.', declaredAt: '2026-12-02T00:00:00Z' },
});

describe('reviewers with their conflicts of interest', () => {
  const kase = { organisationId: 'org-aurora', assignments: [assignment('rev-recused', true), assignment('rev-assigned', null), assignment('rev-cleared', false)] };
  const options = reviewerOptions(
    [reviewer('rev-free', 'univ-ljubljana'), reviewer('rev-affiliated', 'org-aurora'), reviewer('rev-recused', 'inria'), reviewer('rev-assigned', 'inria'), reviewer('rev-cleared', 'inria'), reviewer('chair-helena', 'board')],
    kase,
    'chair-helena',
  );
  const byId = Object.fromEntries(options.map((o) => [o.reviewer.reviewerId, o]));

  it('offers only a reviewer without any conflict', () => {
    expect(options.filter((o) => o.assignable).map((o) => o.reviewer.reviewerId)).toEqual(['rev-free']);
  });

  it('names each conflict: affiliation with the applicant, a declared conflict (with its statement), already assigned, the chair themself', () => {
    expect(byId['rev-affiliated']?.conflicts).toEqual(['affiliated']);
    expect(byId['rev-recused']).toMatchObject({ conflicts: ['declared-conflict'], statement: 'I advised the applicant last year.' });
    expect(byId['rev-assigned']?.conflicts).toEqual(['assigned']);
    expect(byId['rev-cleared']).toMatchObject({ conflicts: ['assigned'], statement: null });
    expect(byId['chair-helena']?.conflicts).toEqual(['self']);
  });

  it('counts the reviewers not recused towards the required number', () => {
    expect(activeReviewers(kase)).toBe(2);
    expect(activeReviewers({})).toBe(0);
  });
});
