import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { AllocationAccountEvent } from '../domain/allocation-account';

/**
 * Allocations' balances, one row each. Every update carries the event's stream revision and only
 * moves a row forward, so replaying the same events gives the same table.
 */
export function allocationBalancesProjection(schema: string): Projection<Sql> {
  const table = `${schema}.allocation_balances`;
  return {
    name: 'accounting.allocation-balances',
    handles: [
      'AllocationAccountOpened', 'AllocationAccountSuspended', 'AllocationAccountResumed', 'AllocationAccountClosed',
      'UsageBatchCharged', 'UsageThresholdReached', 'OveruseDetected', 'UnderuseFlagged', 'MidTermUsageOnPlan',
    ] satisfies Array<AllocationAccountEvent['type']>,
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as AllocationAccountEvent;
      const rev = recorded.streamPosition;
      const at = recorded.recordedAt;
      const update = (set: string, params: unknown[]) =>
        tx.query(`UPDATE ${table} SET ${set}, updated_at = $2, revision = $3 WHERE allocation_id = $1 AND revision < $3`, [event.data.allocationId, at, rev, ...params]);
      switch (event.type) {
        case 'AllocationAccountOpened': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${table} (allocation_id, organisation_id, project_id, mode, system, partition, status, awarded_gpu_hours,
               monthly_quota_gpu_hours, starts_on, ends_on, updated_at, revision)
             VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8, $9, $10, $11, $12) ON CONFLICT (allocation_id) DO NOTHING`,
            [d.allocationId, d.organisationId, d.projectId, d.mode, d.system, d.partition, d.gpuHours, d.monthlyQuotaGpuHours, d.start, d.end, at, rev],
          );
          return;
        }
        case 'AllocationAccountSuspended':
          await update(`status = 'suspended'`, []);
          return;
        case 'AllocationAccountResumed':
          await update(`status = 'active'`, []);
          return;
        case 'AllocationAccountClosed':
          await update(`status = 'closed'`, []);
          return;
        case 'UsageBatchCharged': {
          const t = event.data.totals;
          await update('charged_gpu_hours = $4, energy_kwh = $5, estimated_flop = $6, jobs = $7', [t.chargedGpuHours, t.energyKwh, t.estimatedTrainingFlop, t.jobs]);
          return;
        }
        case 'UsageThresholdReached':
          await update('highest_threshold = GREATEST(COALESCE(highest_threshold, 0), $4)', [event.data.thresholdPercent]);
          return;
        case 'OveruseDetected':
          await update('overuse = true', []);
          return;
        case 'UnderuseFlagged':
          await update('underuse = true', []);
          return;
        case 'MidTermUsageOnPlan':
          await update('underuse = false', []);
          return;
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
