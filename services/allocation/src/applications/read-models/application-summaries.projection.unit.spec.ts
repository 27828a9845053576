import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import type { AllocationTerms } from '../../allocations/domain/allocation';
import type { Request } from '../../capacity/domain/partition-ledger';
import { applicationSummaryRows, type ApplicationSummaryEvent } from './application-summaries.projection';

const APP = 'app-1';
const REQUEST: Request = { applicationId: APP, organisationId: 'org-1', mode: 'fast-lane', gpuHours: 20_000, durationMonths: 6, start: '2026-02-01' };
const PLACE = { system: 'leonardo', partition: 'booster' };
const TERMS: AllocationTerms = {
  allocationId: 'alloc-1', applicationId: APP, organisationId: 'org-1', projectId: 'EHPC-AI-2026A01-001', mode: 'fast-lane', ...PLACE, gpuHours: 20_000,
  monthlyQuotaGpuHours: 3_334, start: '2026-02-01', end: '2026-07-31', partial: false,
};

const submitted: ApplicationSummaryEvent = { type: 'ApplicationSubmissionRecorded', data: { applicationId: APP, organisationId: 'org-1', mode: 'fast-lane', submittedAt: '2026-01-05T10:00:00.000Z' } };
const registered: ApplicationSummaryEvent = {
  type: 'ApplicationRegistered',
  data: { applicationId: APP, organisationId: 'org-1', mode: 'fast-lane', registeredAt: '2026-01-05T10:01:00.000Z', ...PLACE, gpuHours: 20_000, durationMonths: 6, start: '2026-02-01', monthlyUsagePlan: [] },
};
const assessed = (outcome: 'accepted' | 'rejected'): ApplicationSummaryEvent => ({ type: 'TechnicalAssessmentCompleted', data: { applicationId: APP, organisationId: 'org-1', outcome, remarks: '', assessedAt: '2026-01-08T00:00:00.000Z' } });
const ethics = (outcome: 'cleared' | 'refused'): ApplicationSummaryEvent => ({ type: 'EthicsOutcomeRecorded', data: { applicationId: APP, organisationId: 'org-1', outcome, decidedAt: '2026-01-09T00:00:00.000Z' } });
const scored: ApplicationSummaryEvent = { type: 'PeerReviewScored', data: { applicationId: APP, scoredAt: '2026-01-10T00:00:00.000Z', excellence: 4, innovationAndImpact: 3.5, implementation: 4, weightedScore: 3.85 } };
const holdPlaced: ApplicationSummaryEvent = {
  type: 'CapacityHoldPlaced',
  data: { ...REQUEST, ...PLACE, holdId: 'hold-1', pool: 'continuous', months: { '2026-02': 3_334 }, expiresAt: '2026-01-20T00:00:00.000Z', placedAt: '2026-01-10T00:00:00.000Z' },
};
const holdReleased = (reason: string): ApplicationSummaryEvent => ({
  type: 'CapacityHoldReleased', data: { holdId: 'hold-1', applicationId: APP, organisationId: 'org-1', pool: 'continuous', months: { '2026-02': 3_334 }, reason, releasedAt: '2026-01-20T00:00:00.000Z' },
});
const queued: ApplicationSummaryEvent = { type: 'ApplicationQueued', data: { ...REQUEST, ...PLACE, queuedAt: '2026-01-10T00:00:00.000Z' } };
const dequeued: ApplicationSummaryEvent = { type: 'ApplicationDequeued', data: { applicationId: APP, reason: 'withdrawn', at: '2026-01-11T00:00:00.000Z' } };
const awarded: ApplicationSummaryEvent = {
  type: 'ApplicationAwarded',
  data: { applicationId: APP, allocationId: 'alloc-1', projectId: 'EHPC-AI-2026A01-001', gpuHours: 20_000, partial: false, awardedAt: '2026-01-12T00:00:00.000Z', clockStartedAt: '2026-01-05T10:00:00.000Z', workingDays: 5, targetWorkingDays: 10 },
};
const notFunded: ApplicationSummaryEvent = { type: 'ApplicationNotFunded', data: { applicationId: APP, organisationId: 'org-1', reason: 'below the line', reserve: true, decidedAt: '2026-01-12T00:00:00.000Z' } };
const withdrawn: ApplicationSummaryEvent = { type: 'ApplicationWithdrawalRecorded', data: { applicationId: APP, withdrawnAt: '2026-01-11T00:00:00.000Z' } };
const activated: ApplicationSummaryEvent = { type: 'AllocationActivated', data: { ...TERMS, siteReference: null, activatedAt: '2026-01-16T00:00:00.000Z', workingDaysToAccess: 9, targetWorkingDays: 10 } };

const LEDGER_EVENTS = new Set(['CapacityHoldPlaced', 'CapacityHoldReleased', 'ApplicationQueued', 'ApplicationDequeued']);

/**
 * The events as the store gives them, in this global order: each in its own stream (the
 * application's, the partition's ledger, the allocation's), recorded one hour after the last.
 */
function stored(...events: ApplicationSummaryEvent[]): RecordedEvent[] {
  const streams = { application: recordedStream(`allocation-application-${APP}`), ledger: recordedStream('partition-leonardo-booster'), allocation: recordedStream('allocation-alloc-1') };
  return events.map((event, i) => {
    const stream = event.type === 'AllocationActivated' ? streams.allocation : LEDGER_EVENTS.has(event.type) ? streams.ledger : streams.application;
    return stream(event, hour(i));
  });
}
const hour = (i: number) => new Date(Date.UTC(2026, 0, 5, 10 + i));

const rows = applicationSummaryRows('s');

describe('the application summaries read model (a pure fold of several streams)', () => {
  it('submitted, registered, assessed, cleared, scored, held, awarded and activated: the whole row', () => {
    const events = stored(submitted, registered, assessed('accepted'), ethics('cleared'), scored, holdPlaced, awarded, activated);
    expect(foldRows(rows, events)).toEqual([{
      applicationId: APP, organisationId: 'org-1', mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 20_000, durationMonths: 6, status: 'awarded',
      submittedAt: new Date('2026-01-05T10:00:00.000Z'), registeredAt: hour(1), technicalOutcome: 'accepted', ethicsOutcome: 'cleared', weightedScore: 3.85,
      holdId: null, holdExpiresAt: null, queuedAt: null, queuePosition: null, allocationId: 'alloc-1', projectId: 'EHPC-AI-2026A01-001', awardedGpuHours: 20_000,
      notFundedReason: null, clockStartedAt: new Date('2026-01-05T10:00:00.000Z'), awardedAt: new Date('2026-01-12T00:00:00.000Z'), workingDaysToAward: 5,
      activatedAt: new Date('2026-01-16T00:00:00.000Z'), workingDaysToAccess: 9, targetWorkingDays: 10, updatedAt: hour(7),
    }]);
  });

  it('a large-scale registration waits for its cut-off; a submission recorded late changes only its own fields', () => {
    const largeScale: ApplicationSummaryEvent = { ...registered, data: { ...registered.data, mode: 'large-scale' } } as ApplicationSummaryEvent;
    const late: ApplicationSummaryEvent = { ...submitted, data: { ...submitted.data, mode: 'large-scale' } } as ApplicationSummaryEvent;
    expect(foldRows(rows, stored(largeScale, late))).toEqual([
      expect.objectContaining({ status: 'awaiting-cut-off', registeredAt: hour(0), submittedAt: new Date('2026-01-05T10:00:00.000Z'), updatedAt: hour(0) }),
    ]);
  });

  it('queued in the order of the ledger, then held (the queue place goes), then the hold expires', () => {
    const events = stored(submitted, registered, queued);
    expect(foldRows(rows, events)).toEqual([expect.objectContaining({ status: 'queued', queuedAt: new Date('2026-01-10T00:00:00.000Z'), queuePosition: Number(events[2].globalPosition) })]);
    expect(foldRows(rows, stored(submitted, registered, queued, holdPlaced, holdReleased('expired')))).toEqual([
      expect.objectContaining({ status: 'hold-expired', holdId: null, holdExpiresAt: null, queuedAt: null, queuePosition: null, updatedAt: hour(4) }),
    ]);
  });

  it('a hold released for another reason keeps the status; leaving the queue keeps it queued without a place', () => {
    expect(foldRows(rows, stored(registered, holdPlaced, holdReleased('awarded')))).toEqual([expect.objectContaining({ status: 'held', holdId: null })]);
    expect(foldRows(rows, stored(registered, queued, dequeued))).toEqual([expect.objectContaining({ status: 'queued', queuedAt: null, queuePosition: null })]);
  });

  it('a hold or a queue place does not take an application that has moved on', () => {
    const events = stored(registered, withdrawn, holdPlaced, queued);
    expect(foldRows(rows, events)).toEqual([expect.objectContaining({ status: 'withdrawn', holdId: null, queuedAt: null, updatedAt: hour(1) })]);
  });

  it('refusals: technical rejection, ethics refusal, not funded (reserve)', () => {
    expect(foldRows(rows, stored(registered, assessed('rejected')))).toEqual([expect.objectContaining({ status: 'rejected', technicalOutcome: 'rejected' })]);
    expect(foldRows(rows, stored(registered, ethics('refused'), registered))).toEqual([expect.objectContaining({ status: 'refused', ethicsOutcome: 'refused' })]);
    expect(foldRows(rows, stored(registered, notFunded))).toEqual([expect.objectContaining({ status: 'reserve', notFundedReason: 'below the line' })]);
  });

  it('an ethics outcome before the registration starts the row as submitted, as the table always had it', () => {
    expect(foldRows(rows, stored(ethics('cleared')))).toEqual([expect.objectContaining({ status: 'submitted', ethicsOutcome: 'cleared', mode: null, system: null, updatedAt: hour(0) })]);
  });

  it('events it has seen change nothing (replay): the whole history again, or a queue place and a hold again', () => {
    const events = stored(submitted, registered, assessed('accepted'), ethics('cleared'), scored, queued, holdPlaced, awarded, activated);
    const once = foldRows(rows, events);
    expect(foldRows(rows, [...events, ...events])).toEqual(once);
    const [, , , , , queue, hold] = events;
    expect(foldRows(rows, [...events, queue, hold])).toEqual(once);
    expect(once).toEqual([expect.objectContaining({ status: 'awarded', holdId: null, queuedAt: null, updatedAt: hour(8) })]);
  });

  it('events of an application it never saw submitted, registered or refused write no row', () => {
    expect(foldRows(rows, stored(assessed('accepted'), scored, holdPlaced, queued, awarded, activated))).toEqual([]);
  });
});
