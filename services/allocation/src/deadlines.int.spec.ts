import type { ServiceHarness } from '@hpc-access/service-testing';
import { DAY, assess, awarded, bearer, eligible, ethics, publishedOf, startAllocation } from './testing-only/allocation-harness';

describe('deadlines: hold expiry, closure, final report and bar', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  it('a hold expires after its lifetime, the queue moves up, and the expired application asks again once ready', async () => {
    const slow = await eligible(svc, 'org-slow', { system: 'deucalion', gpuHours: 3000, start: '2026-12-15' });
    const waiting = await eligible(svc, 'org-wait', { system: 'deucalion', gpuHours: 3000, start: '2026-12-15' });
    await svc.advance(29 * DAY);
    expect(publishedOf(svc, 'CapacityHoldReleased')).toEqual([]);
    await svc.advance(DAY);
    expect(publishedOf(svc, 'CapacityHoldReleased')).toEqual([{ holdId: `${slow}.1`, applicationId: slow, reason: 'expired', releasedAt: '2026-12-02T09:00:00.000Z' }]);
    expect(publishedOf(svc, 'CapacityHoldPlaced').map((h) => [h.applicationId, h.holdId])).toEqual([[slow, `${slow}.1`], [waiting, `${waiting}.2`]]);
    const list = await svc.http.get('/api/allocation/applications?system=deucalion').set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(Object.fromEntries(list.body.items.map((i: { applicationId: string; status: string }) => [i.applicationId, i.status]))).toEqual({ [slow]: 'hold-expired', [waiting]: 'held' });
    // The detail says the same as the list: the standing in the ledger, with the hold.
    const committee = await bearer(svc, 'allocation-committee');
    const expired = await svc.http.get(`/api/allocation/applications/${slow}`).set('Authorization', committee).expect(200);
    expect(expired.body).toMatchObject({ status: 'hold-expired', hold: null });
    const held = await svc.http.get(`/api/allocation/applications/${waiting}`).set('Authorization', committee).expect(200);
    expect(held.body).toMatchObject({ status: 'held', hold: { holdId: `${waiting}.2`, expiresAt: '2027-01-01T09:00:00.000Z' } });
    await assess(svc, slow);
    await ethics(svc, slow, 'org-slow');
    // Ready now, it asks for a hold again and waits behind nobody: the queue is empty, but the partition is full.
    const queue = await svc.http.get('/api/allocation/queue?system=deucalion').set('Authorization', await bearer(svc, 'allocation-committee')).expect(200);
    expect(queue.body.queues[0].entries.map((e: { applicationId: string }) => e.applicationId)).toEqual([slow]);
  });

  it('closes an allocation at its end date, bars the organisation when the final report is late, and lifts the bar with the report', async () => {
    const { allocationId } = await awarded(svc, 'org-late', { system: 'vega', start: '2026-12-05' });
    const applicant = await bearer(svc, 'applicant', { organisationId: 'org-late' });
    const report = { results: 'We trained the model and published it.', energyKwh: 3100.5, computeFlop: 2e21, acknowledgement: true };
    const early = await svc.http.post(`/api/allocation/allocations/${allocationId}/final-report`).set('Authorization', applicant).send(report).expect(409);
    expect(early.body.code).toBe('allocation-not-closed');
    await svc.advance(35 * DAY); // 2027-01-06: past the end date 2027-01-05
    expect(publishedOf(svc, 'AllocationClosed')).toEqual([{ allocationId, organisationId: 'org-late', closedAt: '2027-01-06T09:00:00.000Z', finalReportDue: '2027-04-05' }]);
    await svc.advance(89 * DAY); // 2027-04-05
    expect(publishedOf(svc, 'OrganisationBarred')).toEqual([{ organisationId: 'org-late', allocationId, reason: 'final report for EHPC-AIF-2026PG01-0001 overdue since 2027-04-05', barredAt: '2027-04-05T09:00:00.000Z' }]);
    const standing = await svc.http.get('/api/allocation/organisations/org-late/standing').set('Authorization', applicant).expect(200);
    expect(standing.body).toEqual({ organisationId: 'org-late', allocations: [allocationId], barred: true, overdueFinalReports: [allocationId] });

    // A barred organisation gets no new hold: its eligible application is not funded.
    const refused = await eligible(svc, 'org-late', { system: 'meluxina' });
    expect(publishedOf(svc, 'ApplicationNotFunded')).toEqual([{ applicationId: refused, organisationId: 'org-late', reason: 'barred: final report overdue', reserve: false }]);
    expect(publishedOf(svc, 'CapacityHoldPlaced').some((h) => h.applicationId === refused)).toBe(false);

    const bad = await svc.http.post(`/api/allocation/allocations/${allocationId}/final-report`).set('Authorization', applicant).send({ ...report, acknowledgement: false, energyKwh: -1 }).expect(400);
    expect(bad.body.errors).toEqual(expect.arrayContaining([{ field: 'acknowledgement', reason: 'acknowledgement must be true' }, { field: 'energyKwh', reason: 'energyKwh must not be less than 0' }]));
    await svc.http.post(`/api/allocation/allocations/${allocationId}/final-report`).set('Authorization', await bearer(svc, 'applicant', { organisationId: 'org-other' })).send(report).expect(403);
    await svc.http.post(`/api/allocation/allocations/${allocationId}/final-report`).set('Authorization', await bearer(svc, 'allocation-committee')).send(report).expect(403);
    const ok = await svc.http.post(`/api/allocation/allocations/${allocationId}/final-report`).set('Authorization', applicant).send(report).expect(200);
    expect(ok.body).toMatchObject({ status: 'closed', finalReportOverdue: false, finalReportSubmittedAt: '2027-04-05T09:00:00.000Z' });
    await svc.settle();
    expect(publishedOf(svc, 'FinalReportSubmitted')).toEqual([{ allocationId, organisationId: 'org-late', submittedAt: '2027-04-05T09:00:00.000Z' }]);
    expect(publishedOf(svc, 'OrganisationBarLifted')).toEqual([{ organisationId: 'org-late', liftedAt: '2027-04-05T09:00:00.000Z' }]);
  });
});
