import { deciderSpec } from '@hpc-access/testing';
import { APP, AT, as, assigned, chair, declaredNoConflict, opened, ratings, recused, reviewed, reviewer, PRINCIPLES } from '../../testing-only/case-spec-fixtures';
import { ethicsCaseDecider, type EthicsCaseCommand } from './ethics-case.decide';
import type { Rating } from './ethics-case';

const spec = deciderSpec(ethicsCaseDecider);
const assign = (reviewerId: string, affiliation: string | null = `${reviewerId}-uni`, context = chair): EthicsCaseCommand => ({
  type: 'AssignReviewer', data: { reviewerId, reviewer: affiliation === null ? null : { organisationId: affiliation }, reviewDueDays: 10 }, context,
});
const declare = (reviewerId: string, conflict: boolean): EthicsCaseCommand => ({ type: 'DeclareConflictOfInterest', data: { conflict, statement: conflict ? 'Former employee' : 'No ties to the applicant' }, context: reviewer(reviewerId) });
const review = (reviewerId: string, given: Rating[] = ratings()): EthicsCaseCommand => ({ type: 'SubmitReview', data: { ratings: given, principles: PRINCIPLES }, context: reviewer(reviewerId) });
const withdrawn = { type: 'EthicsCaseWithdrawn' as const, data: { caseId: APP, withdrawnAt: AT } };

describe('the chair assigns reviewers', () => {
  it('assigns a registered reviewer with a review due date from the configured days', () => {
    spec.given([opened()]).when(assign('rev-a')).then([assigned('rev-a')]);
  });

  it('refuses a reviewer affiliated with the applicant organisation', () => {
    spec.given([opened()]).when(assign('rev-a', 'org-nova')).thenThrows('reviewer-affiliated-with-applicant', { kind: 'invalid', field: 'reviewerId' });
  });

  it('refuses someone not in the registry', () => {
    spec.given([opened()]).when(assign('stranger', null)).thenThrows('reviewer-not-registered', { kind: 'invalid', field: 'reviewerId' });
  });

  it('the chair who assigns cannot assign themselves, nor any chair who assigned on the case', () => {
    spec.given([opened()]).when(assign('chair-1')).thenThrows('assigner-cannot-review', { kind: 'invalid' });
    spec.given([opened(), assigned('rev-a', 'chair-2')]).when(assign('chair-2')).thenThrows('assigner-cannot-review', { kind: 'invalid' });
  });

  it('a reviewer on the case may not assign others to it', () => {
    spec.given([opened(), assigned('rev-a')]).when(assign('rev-b', 'rev-b-uni', as('rev-a', 'ethics-chair', 'rev-a-uni'))).thenThrows('reviewer-cannot-assign', { kind: 'forbidden' });
  });

  it('a chair of the applicant organisation may not assign', () => {
    spec.given([opened()]).when(assign('rev-a', 'rev-a-uni', as('chair-9', 'ethics-chair', 'org-nova'))).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('never assigns the same reviewer twice', () => {
    spec.given([opened(), assigned('rev-a')]).when(assign('rev-a')).thenThrows('already-assigned', { kind: 'conflict' });
  });

  it('does not bring back a reviewer who recused, but lets the chair assign another', () => {
    spec.given([opened(1), assigned('rev-a'), recused('rev-a')]).when(assign('rev-a')).thenThrows('reviewer-recused', { kind: 'conflict' });
    spec.given([opened(1), assigned('rev-a'), recused('rev-a')]).when(assign('rev-b')).then([assigned('rev-b')]);
  });

  it('stops at the number of reviewers the mode requires', () => {
    spec.given([opened(1, 'playground'), assigned('rev-a')]).when(assign('rev-b')).thenThrows('enough-reviewers', { kind: 'conflict' });
  });

  it('nothing can be assigned on a closed case, nor on one never opened', () => {
    spec.given([opened(), withdrawn]).when(assign('rev-a')).thenThrows('case-closed', { kind: 'conflict' });
    spec.when(assign('rev-a')).thenThrows('case-not-found', { kind: 'not_found' });
  });
});

describe('a reviewer declares before seeing the file', () => {
  it('declares no conflict', () => {
    spec.given([opened(), assigned('rev-a')]).when(declare('rev-a', false)).then([declaredNoConflict('rev-a')]);
  });

  it('a declared conflict recuses them', () => {
    spec.given([opened(), assigned('rev-a')]).when(declare('rev-a', true)).then([recused('rev-a')]);
    spec.given([opened(), assigned('rev-a')]).when(declare('rev-a', true)).thenState({ status: 'in-review', assignments: [{ reviewerId: 'rev-a', declaration: { conflict: true } }] });
  });

  it('declares once', () => {
    spec.given([opened(), assigned('rev-a'), declaredNoConflict('rev-a')]).when(declare('rev-a', true)).thenThrows('already-declared', { kind: 'conflict' });
  });

  it('a reviewer not assigned learns nothing, not even whether the case is closed', () => {
    spec.given([opened(), assigned('rev-a')]).when(declare('rev-z', false)).thenThrows('not-assigned', { kind: 'forbidden' });
    spec.given([opened(), withdrawn]).when(declare('rev-z', false)).thenThrows('not-assigned', { kind: 'forbidden' });
  });

  it('no declaration on a closed case', () => {
    spec.given([opened(), assigned('rev-a'), withdrawn]).when(declare('rev-a', false)).thenThrows('case-closed', { kind: 'conflict' });
  });
});

describe('a reviewer rates every principle', () => {
  const ready = [opened(), assigned('rev-a'), assigned('rev-b'), declaredNoConflict('rev-a')];

  it('submits ratings with comments for all principles', () => {
    spec.given(ready).when(review('rev-a')).then([reviewed('rev-a')]);
  });

  it('the case awaits the decision once the required reviews are in', () => {
    spec.given([...ready, declaredNoConflict('rev-b'), reviewed('rev-a')]).when(review('rev-b')).thenState({ status: 'awaiting-decision' });
    spec.given(ready).when(review('rev-a')).thenState({ status: 'in-review' });
  });

  it('must declare first', () => {
    spec.given(ready).when(review('rev-b')).thenThrows('declaration-required', { kind: 'conflict' });
  });

  it('a recused reviewer does not review', () => {
    spec.given([opened(), assigned('rev-a'), recused('rev-a')]).when(review('rev-a')).thenThrows('reviewer-recused', { kind: 'conflict' });
  });

  it('reviews once; a review is not revised', () => {
    spec.given([...ready, reviewed('rev-a')]).when(review('rev-a')).thenThrows('already-reviewed', { kind: 'conflict' });
  });

  it('only an assigned reviewer reviews', () => {
    spec.given(ready).when(review('rev-z')).thenThrows('not-assigned', { kind: 'forbidden' });
  });

  it('leaves no principle out, rates none twice and invents none', () => {
    spec.given(ready).when(review('rev-a', ratings().slice(1))).thenThrows('principle-not-rated', { kind: 'invalid', field: 'ratings', message: expect.stringContaining('humanAgency') });
    spec.given(ready).when(review('rev-a', [...ratings(), ratings()[0]])).thenThrows('principle-rated-twice', { field: 'ratings' });
    spec.given(ready).when(review('rev-a', [...ratings(), { principle: 'profit', rating: 'no-issue', comment: 'x' }])).thenThrows('unknown-principle', { field: 'ratings' });
  });

  it('no review on a closed case', () => {
    spec.given([...ready, withdrawn]).when(review('rev-a')).thenThrows('case-closed', { kind: 'conflict' });
  });
});
