import type { ServiceHarness } from '@hpc-access/service-testing';
import { assess, bearer, eligible, ethics, publishedOf, publishedTypes, startAllocation } from './testing-only/allocation-harness';

describe('Playground and Fast Lane: from eligibility to award', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await startAllocation();
  });
  afterAll(() => svc.close());

  it('holds capacity for an eligible application and awards it once the site and ethics are clear', async () => {
    const applicationId = await eligible(svc, 'org-a');
    expect(publishedOf(svc, 'CapacityHoldPlaced')).toEqual([
      { holdId: `${applicationId}.1`, applicationId, organisationId: 'org-a', system: 'vega', partition: 'gpu', gpuHours: 5000, expiresAt: '2026-12-02T09:00:00.000Z' },
    ]);
    const assessed = await assess(svc, applicationId);
    expect(assessed.status).toBe(200);
    await ethics(svc, applicationId, 'org-a');
    const [award] = publishedOf(svc, 'AllocationAwarded');
    expect(award).toEqual({
      allocationId: expect.any(String), applicationId, organisationId: 'org-a', projectId: 'EHPC-AIF-2026PG01-0001', mode: 'playground', system: 'vega', partition: 'gpu',
      gpuHours: 5000, monthlyQuotaGpuHours: 5000, start: '2026-11-09', end: '2026-12-09', partial: false,
    });
    expect(publishedTypes(svc)).toEqual(['CapacityHoldPlaced', 'TechnicalAssessmentCompleted', 'AllocationAwarded']);
    const read = await svc.http.get(`/api/allocation/applications?status=awarded`).set('Authorization', await bearer(svc, 'auditor'));
    expect(read.body.items).toHaveLength(1);
    expect(read.body.items[0].timeToAccess).toMatchObject({ workingDaysToAward: 0, targetWorkingDays: 2, withinTarget: true });
  });
});
