import { deciderSpec } from '@hpc-access/testing';
import { fold } from '@hpc-access/eventsourcing';
import type { Caller } from '@hpc-access/auth';
import { APP, AT, ORG, assigned, declaredNoConflict, opened, ratings, reviewed, reviewer, PRINCIPLES } from '../../testing-only/case-spec-fixtures';
import { caseViewFor } from '../case-view';
import { ethicsCaseDecider, type EthicsCaseCommand } from './ethics-case.decide';
import type { EthicsCaseEvent, OpenedCase, Rating } from './ethics-case';

const spec = deciderSpec(ethicsCaseDecider);
const withInternal = (): Rating[] => ratings().map((r, i) => (i === 0 ? { ...r, internalComment: 'Ask for the evaluation protocol' } : r));
const review = (given: Rating[]): EthicsCaseCommand => ({ type: 'SubmitReview', data: { ratings: given, principles: PRINCIPLES }, context: reviewer('rev-a') });
const reviewedWith = (given: Rating[]): EthicsCaseEvent => ({ type: 'ReviewSubmitted', data: { caseId: APP, reviewerId: 'rev-a', ratings: given, submittedAt: AT } });
const ready = [opened(), assigned('rev-a'), assigned('rev-b'), declaredNoConflict('rev-a')];
const caller = (id: string, role: string, organisationId?: string): Caller => ({
  identity: { userId: id, roles: [role] as Caller['identity']['roles'], ...(organisationId ? { organisationId } : {}) }, actor: { id, role, ...(organisationId ? { organisationId } : {}) }, correlationId: 'c-1',
});
const stateOf = (events: EthicsCaseEvent[]): OpenedCase => fold(ethicsCaseDecider, events) as OpenedCase;

describe('a rating carries a comment for the applicant and, optionally, an internal one', () => {
  it('the review keeps the internal comment beside the comment', () => {
    spec.given(ready).when(review(withInternal())).then([reviewedWith(withInternal())]);
  });

  it('an internal comment is optional: a review without one is decided as before', () => {
    spec.given(ready).when(review(ratings())).then([reviewed('rev-a')]);
  });

  it('a review stored before internal comments existed folds as it did: the rating has no internal comment', () => {
    const state = stateOf([...ready, reviewed('rev-a')]);
    expect(state.reviews[0]?.ratings[0]).toEqual({ principle: PRINCIPLES[0], rating: 'no-issue', comment: `${PRINCIPLES[0]} is fine` });
    expect(state.reviews[0]?.ratings.some((r) => 'internalComment' in r)).toBe(false);
  });
});

describe('who reads the internal comment', () => {
  const state = stateOf([...ready, reviewedWith(withInternal())]);

  it('the chair (and so the auditor and the administrator) read both comments', () => {
    const view = caseViewFor(caller('chair-1', 'ethics-chair', 'ethics-office'), state, 5);
    expect(view.reviews?.[0]?.ratings[0]).toMatchObject({ comment: `${PRINCIPLES[0]} is fine`, internalComment: 'Ask for the evaluation protocol' });
  });

  it('the reviewer reads their own review with its internal comments', () => {
    const view = caseViewFor(caller('rev-a', 'ethics-reviewer', 'rev-a-uni'), state, 5);
    expect(view.review?.ratings[0]?.internalComment).toBe('Ask for the evaluation protocol');
  });

  it('once decided, the applicant reads the comments for them, numbered: no rating, no internal comment, no reviewer', () => {
    const decided: EthicsCaseEvent = { type: 'EthicsCaseDecided', data: { caseId: APP, applicationId: APP, organisationId: ORG, outcome: 'cleared', conditions: [], reasons: [], decidedBy: 'chair-1', automatic: false, decidedAt: AT } };
    const view = caseViewFor(caller('app-1', 'applicant', ORG), stateOf([...ready, reviewedWith(withInternal()), decided]), 6);
    expect(view.reviewsForApplicant).toEqual([{ reviewer: 1, comments: PRINCIPLES.map((principle) => ({ principle, comment: `${principle} is fine` })) }]);
    const text = JSON.stringify(view);
    for (const hidden of ['Ask for the evaluation protocol', 'rev-a', 'no-issue', 'chair-1']) expect(text).not.toContain(hidden);
  });

  it('before the decision the applicant reads neither the ratings nor any comment', () => {
    const view = caseViewFor(caller('app-1', 'applicant', ORG), state, 5);
    const text = JSON.stringify(view);
    expect(view.reviews).toBeUndefined();
    expect(view.reviewsForApplicant).toEqual([]);
    expect(text).not.toContain('Ask for the evaluation protocol');
    expect(text).not.toContain('internalComment');
  });
});
