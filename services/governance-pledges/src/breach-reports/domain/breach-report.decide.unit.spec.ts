import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { BreachReportEvent } from './breach-report';
import { breachReportDecider, type DecideBreachReport, type FileBreachReport } from './breach-report.decide';

const now = new Date('2026-11-02T09:00:00.000Z');
const reporter: CommandContext = { now, actor: { id: 'io-1', role: 'intake-officer' } };
const officer: CommandContext = { now, actor: { id: 'gov-1', role: 'governance-officer' } };
const report = { reportId: 'rep-1', organisationId: 'org-1', description: 'No training-data summary', evidenceLinks: ['https://example.eu/x'] };
const file = (organisationKnown = true): FileBreachReport => ({ type: 'FileBreachReport', data: { ...report, facts: { organisationKnown } }, context: reporter });
const decide = (decision: 'confirmed' | 'dismissed', context = officer): DecideBreachReport => ({ type: 'DecideBreachReport', data: { decision, note: 'checked' }, context });
const filed: BreachReportEvent = { type: 'BreachReportFiled', data: { ...report, filedBy: 'io-1', filedRole: 'intake-officer', filedAt: now.toISOString() } };
const decision = { reportId: 'rep-1', organisationId: 'org-1', note: 'checked', decidedBy: 'gov-1', decidedAt: now.toISOString() };
const spec = deciderSpec(breachReportDecider);

describe('filing breach reports', () => {
  it('staff file a report about a known organisation; who filed it and in which role is kept', () => {
    spec.given([]).when(file()).then([filed]);
  });

  it('a filed report is open', () => {
    spec.given([]).when(file()).thenState({ status: 'open', decision: null });
  });

  it('a report about an organisation governance does not know is refused', () => {
    spec.given([]).when(file(false)).thenThrows('organisation-not-found', { kind: 'not_found' });
  });

  it('a report id is used once', () => {
    spec.given([filed]).when(file()).thenThrows('report-exists', { kind: 'conflict' });
  });
});

describe('deciding breach reports', () => {
  it('the governance officer confirms a report', () => {
    spec.given([filed]).when(decide('confirmed')).then([{ type: 'BreachReportConfirmed', data: decision }]);
  });

  it('the governance officer dismisses a report', () => {
    spec.given([filed]).when(decide('dismissed')).then([{ type: 'BreachReportDismissed', data: decision }]);
    spec.given([filed]).when(decide('dismissed')).thenState({ status: 'dismissed', decision });
  });

  it('a report is decided once', () => {
    spec.given([filed, { type: 'BreachReportDismissed', data: decision }]).when(decide('confirmed')).thenThrows('report-decided', { kind: 'conflict' });
  });

  it('whoever filed a report does not decide it', () => {
    spec.given([filed]).when(decide('confirmed', { now, actor: { id: 'io-1', role: 'governance-officer' } })).thenThrows('own-report', { kind: 'forbidden' });
  });

  it('nobody decides a report about their own organisation', () => {
    spec.given([filed]).when(decide('confirmed', { now, actor: { id: 'gov-2', role: 'governance-officer', organisationId: 'org-1' } })).thenThrows('own-organisation', { kind: 'forbidden' });
  });

  it('a report that does not exist cannot be decided', () => {
    spec.given([]).when(decide('confirmed')).thenThrows('breach-report-not-found', { kind: 'not_found' });
  });
});
