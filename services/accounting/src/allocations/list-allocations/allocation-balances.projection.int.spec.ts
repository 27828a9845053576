import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { openPglite, runMigrations, type Database } from '@hpc-access/sql';
import { accountingMigrations } from '../../accounting-migrations';
import type { AllocationAccountEvent } from '../domain/allocation-account';
import { allocationBalancesProjection } from './allocation-balances.projection';

const at = new Date('2026-11-02T09:00:00.000Z');
const events: AllocationAccountEvent[] = [
  { type: 'AllocationAccountOpened', data: { allocationId: 'a-1', applicationId: 'app-1', organisationId: 'org-a', projectId: 'P-1', mode: 'fast-lane', system: 'lumi', partition: 'lumi-g', gpuHours: 100, monthlyQuotaGpuHours: 50, start: '2026-11-01', end: '2026-12-31', activatedAt: at.toISOString() } },
  { type: 'UsageBatchCharged', data: { allocationId: 'a-1', organisationId: 'org-a', projectId: 'P-1', importId: 'i-1', jobIds: ['1'], gpuHours: 80, energyKwh: 8, estimatedFlop: 8e19, byMonth: { '2026-11': 80 }, totals: { chargedGpuHours: 80, energyKwh: 8, estimatedTrainingFlop: 8e19, jobs: 1 }, chargedAt: at.toISOString() } },
  { type: 'UsageThresholdReached', data: { allocationId: 'a-1', organisationId: 'org-a', thresholdPercent: 75, chargedGpuHours: 80, awardedGpuHours: 100 } },
  { type: 'AllocationAccountSuspended', data: { allocationId: 'a-1', reason: 'breach', suspendedAt: at.toISOString() } },
  { type: 'UnderuseFlagged', data: { allocationId: 'a-1', organisationId: 'org-a', chargedGpuHours: 80, plannedGpuHours: 90, flaggedAt: at.toISOString() } },
];
const recorded = events.map((e, i): RecordedEvent => ({
  eventId: `e-${i}`, type: e.type, streamId: 'accounting-allocation-a-1', streamPosition: i, globalPosition: String(i + 1), transactionId: '1',
  recordedAt: at, data: e.data, metadata: { correlationId: 'c', causationId: null, actor: { id: 'x', role: 'system' }, schemaVersion: 1 }, hash: 'h', prevHash: null,
}));

describe('the allocation balances read model', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
    await runMigrations(db, 'acc', accountingMigrations());
  });
  afterAll(() => db.close());

  it('comes out the same when the same events are applied twice', async () => {
    const projection = allocationBalancesProjection('acc');
    const snapshot = async () => (await db.query('SELECT * FROM acc.allocation_balances ORDER BY allocation_id')).rows;
    await db.transaction(async (tx) => { for (const e of recorded) await projection.apply(tx, e); });
    const once = await snapshot();
    await db.transaction(async (tx) => { for (const e of recorded) await projection.apply(tx, e); });
    expect(await snapshot()).toEqual(once);
    expect(once).toEqual([expect.objectContaining({
      allocation_id: 'a-1', status: 'suspended', charged_gpu_hours: 80, energy_kwh: 8, estimated_flop: 8e19, jobs: 1,
      highest_threshold: 75, overuse: false, underuse: true, revision: 4,
    })]);
  });
});
