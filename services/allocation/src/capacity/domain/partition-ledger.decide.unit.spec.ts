import { deciderSpec } from '@hpc-access/testing';
import { ledgerDecider, type LedgerCommand, type LedgerTerms } from './partition-ledger.decide';
import type { LedgerEvent, Request } from './partition-ledger';

const now = new Date('2026-11-02T09:00:00.000Z');
const context = { now, actor: { id: 'allocation', role: 'system' } };
const terms: LedgerTerms = { system: 'vega', partition: 'gpu', capacity: { continuous: 8000, 'large-scale': 20000 }, holdLifetimeDays: 30 };
const spec = deciderSpec(ledgerDecider);

const request = (applicationId: string, gpuHours = 5000, extra: Partial<Request> = {}): Request => ({ applicationId, organisationId: 'org-1', mode: 'playground', gpuHours, durationMonths: 1, start: '2026-11-09', ...extra });
const requestHold = (r: Request): LedgerCommand => ({ type: 'RequestHold', data: { request: r, terms }, context });
const placed = (r: Request, n = 1, months: Record<string, number> = { '2026-11': r.gpuHours }): LedgerEvent => ({
  type: 'CapacityHoldPlaced',
  data: { ...r, holdId: `${r.applicationId}.${n}`, pool: r.mode === 'large-scale' ? 'large-scale' : 'continuous', months, expiresAt: '2026-12-02T09:00:00.000Z', system: 'vega', partition: 'gpu', placedAt: now.toISOString() },
});
const queued = (r: Request): LedgerEvent => ({ type: 'ApplicationQueued', data: { ...r, queuedAt: now.toISOString(), system: 'vega', partition: 'gpu' } });
const award = (applicationId: string, gpuHours: number, extra: { durationMonths?: number; start?: string; mode?: Request['mode'] } = {}) => ({
  applicationId, organisationId: 'org-1', allocationId: `alloc-${applicationId}`, projectId: 'EHPC-AIF-2026PG01-0001', mode: extra.mode ?? ('playground' as const), requestedGpuHours: gpuHours,
  durationMonths: extra.durationMonths ?? 1, start: extra.start ?? '2026-11-09', terms,
});

describe('capacity holds', () => {
  it('an eligible request that fits gets a hold over its months, expiring after the configured lifetime', () => {
    spec.when(requestHold(request('a'))).then([placed(request('a'))]);
  });

  it('a hold starts in the current month when the requested start has passed', () => {
    spec.when(requestHold(request('a', 3000, { start: '2026-10-01', durationMonths: 2 }))).then([placed(request('a', 3000, { start: '2026-10-01', durationMonths: 2 }), 1, { '2026-11': 1500, '2026-12': 1500 })]);
  });

  it('a request that does not fit waits in the queue: capacity never goes below zero', () => {
    spec.given([placed(request('a'))]).when(requestHold(request('b'))).then([queued(request('b'))]);
  });

  it('first come first served: a request that would fit still queues behind those already waiting', () => {
    spec.given([placed(request('a')), queued(request('b'))]).when(requestHold(request('c', 1000))).then([queued(request('c', 1000))]);
  });

  it('asking twice for the same application changes nothing', () => {
    spec.given([placed(request('a'))]).when(requestHold(request('a'))).then([]);
    spec.given([placed(request('a')), queued(request('b'))]).when(requestHold(request('b'))).then([]);
  });

  it('the hold reserves capacity in its months', () => {
    spec.given([]).when(requestHold(request('a'))).thenState({ reserved: { 'continuous:2026-11': 5000 } });
  });
});

describe('releasing and expiring holds', () => {
  it('a released hold frees its capacity and the head of the queue gets a hold', () => {
    spec
      .given([placed(request('a')), queued(request('b'))])
      .when({ type: 'ReleaseApplication', data: { applicationId: 'a', reason: 'withdrawn', terms }, context })
      .then([
        { type: 'CapacityHoldReleased', data: { holdId: 'a.1', applicationId: 'a', organisationId: 'org-1', pool: 'continuous', months: { '2026-11': 5000 }, reason: 'withdrawn', releasedAt: now.toISOString() } },
        placed(request('b'), 2),
      ]);
  });

  it('nobody overtakes the head of the queue even when a later request would fit', () => {
    const big = request('b', 7000);
    spec
      .given([placed(request('a', 2000)), placed(request('x', 5000), 2), queued(big), queued(request('c', 500))])
      .when({ type: 'ReleaseApplication', data: { applicationId: 'a', reason: 'ethics-refused', terms }, context })
      .then([{ type: 'CapacityHoldReleased', data: { holdId: 'a.1', applicationId: 'a', organisationId: 'org-1', pool: 'continuous', months: { '2026-11': 2000 }, reason: 'ethics-refused', releasedAt: now.toISOString() } }]);
  });

  it('a queued application that leaves is taken out of the queue', () => {
    spec.given([placed(request('a')), queued(request('b'))]).when({ type: 'ReleaseApplication', data: { applicationId: 'b', reason: 'withdrawn', terms }, context }).then([{ type: 'ApplicationDequeued', data: { applicationId: 'b', reason: 'withdrawn', at: now.toISOString() } }]);
  });

  it('releasing an application the ledger does not hold changes nothing', () => {
    spec.when({ type: 'ReleaseApplication', data: { applicationId: 'z', reason: 'withdrawn', terms }, context }).then([]);
  });

  it('a hold expires at its time and frees its capacity', () => {
    const later = { ...context, now: new Date('2026-12-02T09:00:00.000Z') };
    spec
      .given([placed(request('a'))])
      .when({ type: 'ExpireHold', data: { holdId: 'a.1', terms }, context: later })
      .then([{ type: 'CapacityHoldReleased', data: { holdId: 'a.1', applicationId: 'a', organisationId: 'org-1', pool: 'continuous', months: { '2026-11': 5000 }, reason: 'expired', releasedAt: '2026-12-02T09:00:00.000Z' } }]);
  });

  it('an expiry before its time, or of a hold already gone, is nothing to do', () => {
    spec.given([placed(request('a'))]).when({ type: 'ExpireHold', data: { holdId: 'a.1', terms }, context }).then([]);
    spec.when({ type: 'ExpireHold', data: { holdId: 'gone.1', terms }, context }).then([]);
  });
});

describe('awards', () => {
  it('the hold turns into the award in one event, keeping the capacity reserved', () => {
    const outcome = spec.given([placed(request('a'))]).when({ type: 'AwardFromHold', data: award('a', 5000), context });
    outcome.then([
      {
        type: 'AllocationAwarded',
        data: {
          allocationId: 'alloc-a', applicationId: 'a', organisationId: 'org-1', projectId: 'EHPC-AIF-2026PG01-0001', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 5000,
          requestedGpuHours: 5000, monthlyQuotaGpuHours: 5000, start: '2026-11-09', end: '2026-12-09', partial: false, holdId: 'a.1', pool: 'continuous', months: { '2026-11': 5000 }, awardedAt: now.toISOString(),
        },
      },
    ]);
    outcome.thenState({ reserved: { 'continuous:2026-11': 5000 }, holds: {} });
  });

  it('the award starts on the award date when the requested start has passed; the quota is total over months rounded up', () => {
    const [event] = spec.given([placed(request('a', 10000, { start: '2026-10-01', durationMonths: 3, mode: 'fast-lane' }), 1, { '2026-11': 3334, '2026-12': 3334, '2027-01': 3334 })])
      .when({ type: 'AwardFromHold', data: award('a', 10000, { start: '2026-10-01', durationMonths: 3, mode: 'fast-lane' }), context })
      .then([expect.objectContaining({ type: 'AllocationAwarded' }) as never]);
    expect(event.data).toMatchObject({ start: '2026-11-02', end: '2027-02-02', monthlyQuotaGpuHours: 3334, gpuHours: 10000 });
  });

  it('no award from a hold that is not there', () => {
    spec.when({ type: 'AwardFromHold', data: award('a', 5000), context }).thenThrows('no-hold', { kind: 'conflict' });
  });

  it('an award whose months moved past a full month is refused until capacity allows', () => {
    const full = { ...request('x', 8000, { start: '2026-12-01' }) };
    spec
      .given([placed(request('a', 4000, { start: '2026-11-01' })), placed(full, 2, { '2026-12': 8000 })])
      .when({ type: 'AwardFromHold', data: award('a', 4000, { start: '2026-12-01' }), context })
      .thenThrows('capacity-short', { kind: 'conflict' });
  });

  it('at a cut-off a request that fits is awarded in full from the Large Scale pool', () => {
    const [event] = spec.when({ type: 'AwardAtCutOff', data: { ...award('l', 60000, { durationMonths: 3, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context }).then([expect.objectContaining({ type: 'AllocationAwarded' }) as never]);
    expect(event.data).toMatchObject({ pool: 'large-scale', gpuHours: 60000, monthlyQuotaGpuHours: 20000, partial: false, holdId: null, months: { '2026-11': 20000, '2026-12': 20000, '2027-01': 20000 } });
  });

  it('at a cut-off the rest of the capacity is a partial award when at least the minimum fraction fits', () => {
    const first = spec.when({ type: 'AwardAtCutOff', data: { ...award('l1', 30000, { durationMonths: 3, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context }).then([expect.anything() as never]);
    const [event] = spec.given(first).when({ type: 'AwardAtCutOff', data: { ...award('l2', 60000, { durationMonths: 3, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context }).then([expect.anything() as never]);
    expect(event.data).toMatchObject({ gpuHours: 30000, requestedGpuHours: 60000, monthlyQuotaGpuHours: 10000, partial: true });
  });

  it('at a cut-off less than the minimum fraction is no award: the caller puts it on the reserve list', () => {
    const first = spec.when({ type: 'AwardAtCutOff', data: { ...award('l1', 45000, { durationMonths: 3, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context }).then([expect.anything() as never]);
    spec.given(first).when({ type: 'AwardAtCutOff', data: { ...award('l2', 60000, { durationMonths: 3, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context }).thenThrows('capacity-short', { kind: 'conflict' });
  });

  it('the continuous pool and the Large Scale pool do not share capacity', () => {
    spec.given([placed(request('a', 8000))]).when({ type: 'AwardAtCutOff', data: { ...award('l', 20000, { durationMonths: 1, mode: 'large-scale' }), minimumPartialFraction: 0.5 }, context })
      .thenState({ reserved: { 'continuous:2026-11': 8000, 'large-scale:2026-11': 20000 } });
  });
});

describe('capacity follows the allocation: released when it ends early, restored when it resumes', () => {
  const awardedFields = (allocationId: string, pool: 'continuous' | 'large-scale', months: Record<string, number>): LedgerEvent => ({
    type: 'AllocationAwarded',
    data: { allocationId, applicationId: `app-${allocationId}`, organisationId: 'org-1', projectId: 'EHPC-AIF-2026PG01-0001', mode: pool === 'continuous' ? 'playground' : 'large-scale', system: 'vega', partition: 'gpu', gpuHours: 8000, requestedGpuHours: 8000, monthlyQuotaGpuHours: 4000, start: '2026-10-09', end: '2026-12-09', partial: false, holdId: null, pool, months, awardedAt: '2026-10-01T09:00:00.000Z' },
  });
  const release = (allocationId: string, at = context): LedgerCommand => ({ type: 'ReleaseAllocation', data: { allocationId, reason: 'revoked', terms }, context: at });

  it('gives back the months from the current one on, and the queue head gets a hold from them at once', () => {
    const given = [awardedFields('x', 'continuous', { '2026-10': 4000, '2026-11': 4000, '2026-12': 4000 }), placed(request('a', 4000)), queued(request('b', 4000))];
    spec.given(given).when(release('x')).then([
      { type: 'AllocationCapacityReleased', data: { allocationId: 'x', applicationId: 'app-x', system: 'vega', partition: 'gpu', pool: 'continuous', months: { '2026-11': 4000, '2026-12': 4000 }, reason: 'revoked', releasedAt: now.toISOString() } },
      placed(request('b', 4000), 2),
    ]);
  });

  it('a Large Scale award gives back to its own pool (its reserve list is served by the caller); twice gives nothing more', () => {
    const released: LedgerEvent = { type: 'AllocationCapacityReleased', data: { allocationId: 'x', applicationId: 'app-x', system: 'vega', partition: 'gpu', pool: 'large-scale', months: { '2026-11': 4000 }, reason: 'revoked', releasedAt: now.toISOString() } };
    spec.given([awardedFields('x', 'large-scale', { '2026-11': 4000 })]).when(release('x')).then([released]);
    spec.given([awardedFields('x', 'large-scale', { '2026-11': 4000 }), released]).when(release('x')).then([]);
    spec.given([awardedFields('x', 'large-scale', { '2026-11': 4000 })]).when(release('x')).thenState({ reserved: { 'large-scale:2026-11': 0 } });
  });

  it('a resumption takes back only what still fits of what was given back, never below zero', () => {
    const released: LedgerEvent = { type: 'AllocationCapacityReleased', data: { allocationId: 'x', applicationId: 'app-x', system: 'vega', partition: 'gpu', pool: 'continuous', months: { '2026-11': 4000, '2026-12': 4000 }, reason: 'suspended', releasedAt: now.toISOString() } };
    const given = [awardedFields('x', 'continuous', { '2026-11': 4000, '2026-12': 4000 }), released, placed(request('b', 6000))];
    spec.given(given).when({ type: 'RestoreAllocation', data: { allocationId: 'x', terms }, context }).then([
      { type: 'AllocationCapacityRestored', data: { allocationId: 'x', applicationId: 'app-x', system: 'vega', partition: 'gpu', pool: 'continuous', months: { '2026-11': 2000, '2026-12': 4000 }, restoredAt: now.toISOString() } },
    ]);
    spec.given([awardedFields('x', 'continuous', { '2026-11': 4000 })]).when({ type: 'RestoreAllocation', data: { allocationId: 'x', terms }, context }).then([]);
  });

  it('an allocation the ledger never awarded gives nothing back', () => {
    spec.when(release('unknown')).then([]);
  });
});
