import { validateIntegrationEvent } from '@hpc-access/contracts';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { toIntegrationEvent } from './published-events';

const T = '2027-03-02T09:05:00.000Z';
const CUT_OFF = '2027-03-02T09:00:00.000Z';
const recorded = (type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: '01900000-0000-7000-8000-000000000002', type, streamId: 's', streamPosition: 0, globalPosition: '1', transactionId: '1', recordedAt: new Date(T),
  data, metadata: { correlationId: 'corr-1', causationId: 'cause-1', actor: { id: 'allocation-scheduler', role: 'system' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
});
const published = (type: string, data: Record<string, unknown>) => {
  const event = toIntegrationEvent(recorded(type, data));
  expect(event).not.toBeNull();
  expect(validateIntegrationEvent(event).ok).toBe(true);
  return event;
};
const entry = (rank: number, outcome: string) => ({ rank, applicationId: `app-${rank}`, organisationId: 'org-1', weightedScore: 10 - rank, outcome, gpuHours: 1000, allocationId: null });

describe('the integration events allocation publishes', () => {
  it('a ranked cut-off, keyed by its call, with its outcomes counted (partial awards are awards; below threshold and barred are not funded)', () => {
    const ranking = [entry(1, 'awarded'), entry(2, 'partial'), entry(3, 'reserve'), entry(4, 'reserve'), entry(5, 'below-threshold'), entry(6, 'barred')];
    expect(published('CutOffPassed', { callId: 'call-1', index: 1, cutOffAt: CUT_OFF, ranking })).toEqual({
      id: '01900000-0000-7000-8000-000000000002', type: 'hpc-access.allocation.CutOffPassed.v1', source: 'allocation', subject: 'call-1', time: T,
      correlationId: 'corr-1', causationId: 'cause-1',
      data: { callId: 'call-1', cutOffIndex: 1, cutOffAt: CUT_OFF, rankedAt: T, awarded: 2, reserve: 2, notFunded: 2 },
    });
  });

  it('a cut-off with nobody to rank counts nothing', () => {
    expect(published('CutOffPassed', { callId: 'call-1', index: 0, cutOffAt: CUT_OFF, ranking: [] })?.data).toEqual({ callId: 'call-1', cutOffIndex: 0, cutOffAt: CUT_OFF, rankedAt: T, awarded: 0, reserve: 0, notFunded: 0 });
  });

  it('the events published before still map as they did (replay gives the same answers)', () => {
    expect(published('AllocationSuspended', { allocationId: 'alloc-1', organisationId: 'org-1', reason: 'overuse', suspendedBy: 'accounting', suspendedAt: T, cause: 'overuse', reasons: [] })?.data)
      .toEqual({ allocationId: 'alloc-1', organisationId: 'org-1', reason: 'overuse', suspendedAt: T });
    expect(published('AllocationResumed', { allocationId: 'alloc-1', organisationId: 'org-1', resumedBy: 'governance', resumedAt: T, lifted: ['governance'] })?.data)
      .toEqual({ allocationId: 'alloc-1', organisationId: 'org-1', resumedAt: T });
    expect(published('OrganisationBarred', { organisationId: 'org-1', allocationId: 'alloc-1', reason: 'final report for P overdue since 2027-01-01', barredAt: T })?.data)
      .toEqual({ organisationId: 'org-1', allocationId: 'alloc-1', reason: 'final report for P overdue since 2027-01-01', barredAt: T });
    expect(published('AllocationClosed', { allocationId: 'alloc-1', organisationId: 'org-1', closedAt: T, finalReportDue: '2027-06-02' })?.data)
      .toEqual({ allocationId: 'alloc-1', organisationId: 'org-1', closedAt: T, finalReportDue: '2027-06-02' });
  });

  it('opening a call stays inside allocation', () => {
    expect(toIntegrationEvent(recorded('CallOpened', { callId: 'call-1', mode: 'large-scale', cutOffs: [CUT_OFF], openedAt: T }))).toBeNull();
  });
});
