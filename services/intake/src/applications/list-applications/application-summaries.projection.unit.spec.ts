import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { applicationSummaryRows } from './application-summaries.projection';

const rows = applicationSummaryRows('intake');
const applicationId = '0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f';

describe('the application list as a fold of the application events', () => {
  it('drafts, amends (keeping what a change leaves out) and submits an application', () => {
    const next = recordedStream(`application-${applicationId}`);
    const events = [
      next({ type: 'ApplicationDrafted', data: { applicationId, organisationId: 'org-1', proposal: { title: 'Tiny LM', mode: 'benchmark', gpuHours: 500 }, draftedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'ApplicationAmended', data: { applicationId, changes: { system: 'leonardo', gpuHours: 800 }, amendedAt: '2026-01-01T00:01:00Z' } }),
      next({ type: 'ApplicationSubmitted', data: { applicationId, organisationId: 'org-1', proposal: {}, submittedAt: '2026-01-01T00:02:00Z' } }),
    ];
    expect(foldRows(rows, events)).toEqual([{
      applicationId, organisationId: 'org-1', status: 'submitted', mode: 'benchmark', title: 'Tiny LM', system: 'leonardo', partition: null, gpuHours: 800,
      submittedAt: events[2]!.recordedAt, updatedAt: events[2]!.recordedAt, revision: 2,
    }]);
  });

  it('moves the status with screening, questions, answers and the outcome', () => {
    const next = recordedStream(`application-${applicationId}`);
    const statuses = [
      next({ type: 'ApplicationDrafted', data: { applicationId, organisationId: 'org-1', proposal: {}, draftedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'ScreeningStarted', data: { applicationId, checks: [], startedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'InformationRequested', data: { applicationId, organisationId: 'org-1', questions: ['Which data?'], requestedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'InformationProvided', data: { applicationId, answer: 'Public data', changes: { title: 'Clarified' }, providedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'ApplicationFoundEligible', data: { applicationId, organisationId: 'org-1', checks: [], note: null, decidedAt: '2026-01-01T00:00:00Z' } }),
      next({ type: 'ApplicationAwarded', data: { applicationId, allocationId: 'a-1', projectId: 'p-1', awardedAt: '2026-01-01T00:00:00Z' } }),
    ].map((_, i, all) => foldRows(rows, all.slice(0, i + 1))[0]?.status);
    expect(statuses).toEqual(['draft', 'screening', 'information-requested', 'screening', 'eligible', 'awarded']);
  });

  it('changes nothing for an event of an application it never saw drafted, or one folded in already', () => {
    const next = recordedStream(`application-${applicationId}`);
    const drafted = next({ type: 'ApplicationDrafted', data: { applicationId, organisationId: 'org-1', proposal: {}, draftedAt: '2026-01-01T00:00:00Z' } });
    const withdrawn = next({ type: 'ApplicationWithdrawn', data: { applicationId, organisationId: 'org-1', reason: 'no', withdrawnAt: '2026-01-01T00:00:00Z' } });
    expect(foldRows(rows, [withdrawn])).toEqual([]);
    expect(foldRows(rows, [drafted, withdrawn, drafted, withdrawn])).toEqual([expect.objectContaining({ status: 'withdrawn', revision: 1 })]);
  });
});
