import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import { breachReportStreamId } from '../domain/breach-report';
import { breachReportRows } from './breach-reports.projection';

const reportId = 'report-1';
const filed = { type: 'BreachReportFiled', data: { reportId, organisationId: 'org-1', description: 'd', evidenceLinks: [], filedBy: 'gov-1', filedRole: 'governance-officer', filedAt: '2026-11-02T09:00:00.000Z' } };
const decision = { reportId, organisationId: 'org-1', note: 'n', decidedBy: 'gov-2', decidedAt: '2026-11-03T09:00:00.000Z' };

describe('breach reports as a fold of the report events', () => {
  it('files a report open and records the decision', () => {
    const next = recordedStream(breachReportStreamId(reportId));
    const filedEvent = next(filed);
    expect(foldRows(breachReportRows('governance'), [filedEvent])).toEqual([expect.objectContaining({ reportId, status: 'open', filedBy: 'gov-1', filedAt: new Date(filed.data.filedAt), decidedAt: null, revision: 0 })]);
    const [row] = foldRows(breachReportRows('governance'), [filedEvent, next({ type: 'BreachReportConfirmed', data: decision })]);
    expect(row).toEqual({
      reportId, organisationId: 'org-1', status: 'confirmed', filedBy: 'gov-1', filedRole: 'governance-officer', filedAt: new Date(filed.data.filedAt),
      decidedAt: new Date(decision.decidedAt), state: { status: 'confirmed', report: filed.data, decision }, revision: 1,
    });
  });

  it('writes no row for a decision on a report it never saw filed', () => {
    expect(foldRows(breachReportRows('governance'), [recordedStream(breachReportStreamId(reportId))({ type: 'BreachReportDismissed', data: decision })])).toEqual([]);
  });
});
