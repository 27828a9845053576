import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { caseReviewerRows, caseSummaryRows } from './case-summaries.projection';

const caseId = 'case-1';
const opened = { type: 'EthicsCaseOpened', data: { caseId, applicationId: 'app-1', organisationId: 'org-1', mode: 'fast-lane', dossier: {}, reviewersRequired: 2, openedAt: '2026-01-01T00:00:00.000Z' } };
const assigned = (reviewerId: string) => ({ type: 'ReviewerAssigned', data: { caseId, reviewerId } });
const declared = (reviewerId: string) => ({ type: 'ReviewerDeclaredNoConflict', data: { caseId, reviewerId } });
const reviewed = (reviewerId: string) => ({ type: 'ReviewSubmitted', data: { caseId, reviewerId, ratings: [] } });

describe('the case list as a fold of the ethics case events', () => {
  const events = () => {
    const next = recordedStream(`ethics-case-${caseId}`);
    return [
      next(opened), next(assigned('rev-a')), next(assigned('rev-b')), next(assigned('rev-c')), next(declared('rev-a')), next(declared('rev-b')),
      next({ type: 'ReviewerRecused', data: { caseId, reviewerId: 'rev-c' } }), next(reviewed('rev-a')), next(reviewed('rev-b')),
    ];
  };

  it('counts reviews in and awaits the decision once enough are in', () => {
    const all = events();
    expect(foldRows(caseSummaryRows('ethics'), all.slice(0, 8))).toEqual([expect.objectContaining({ status: 'in-review', reviewsIn: 1, revision: 7 })]);
    expect(foldRows(caseSummaryRows('ethics'), all)).toEqual([{
      caseId, applicationId: 'app-1', organisationId: 'org-1', mode: 'fast-lane', status: 'awaiting-decision', outcome: null, reviewersRequired: 2, reviewsIn: 2,
      openedAt: new Date('2026-01-01T00:00:00.000Z'), updatedAt: all[8]!.recordedAt, revision: 8,
    }]);
  });

  it('keeps who is on the case and where each reviewer stands', () => {
    expect(foldRows(caseReviewerRows('ethics'), events())).toEqual([
      { caseId, reviewerId: 'rev-a', state: 'reviewed' },
      { caseId, reviewerId: 'rev-b', state: 'reviewed' },
      { caseId, reviewerId: 'rev-c', state: 'recused' },
    ]);
  });

  it('follows questions, answers, the decision and a withdrawal', () => {
    const next = recordedStream(`ethics-case-${caseId}`);
    const all = [
      next(opened),
      next({ type: 'EthicsInformationRequested', data: { caseId } }),
      next({ type: 'EthicsInformationReceived', data: { caseId } }),
      next({ type: 'EthicsCaseDecided', data: { caseId, outcome: 'approved-with-conditions' } }),
    ];
    const statuses = all.map((_, i) => foldRows(caseSummaryRows('ethics'), all.slice(0, i + 1))[0]);
    expect(statuses.map((row) => [row?.status, row?.outcome])).toEqual([['in-review', null], ['information-requested', null], ['awaiting-decision', null], ['decided', 'approved-with-conditions']]);
    expect(foldRows(caseSummaryRows('ethics'), [next(opened), next({ type: 'EthicsCaseWithdrawn', data: { caseId } })])).toEqual([expect.objectContaining({ status: 'withdrawn', revision: 5 })]);
  });

  it('leaves events of other streams alone', () => {
    const other = recordedStream('ethics-reviewer-rev-a');
    expect(foldRows(caseSummaryRows('ethics'), [other(opened)])).toEqual([]);
  });
});
