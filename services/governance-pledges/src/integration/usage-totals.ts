import type { AllocationUsageTotals } from '@hpc-access/contracts';
import type { Sql } from '@hpc-access/sql';

/**
 * Keeps accounting's latest running totals per allocation, in the inbox's transaction. Totals
 * only grow, but messages of different allocations may overtake each other: the newest report wins.
 */
export async function recordUsageTotals(tx: Sql, schema: string, totals: AllocationUsageTotals, reportedAt: string): Promise<void> {
  await tx.query(
    `INSERT INTO ${schema}.usage_totals (allocation_id, organisation_id, project_id, charged_gpu_hours, energy_kwh, estimated_training_flop, reported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (allocation_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, project_id = EXCLUDED.project_id,
       charged_gpu_hours = EXCLUDED.charged_gpu_hours, energy_kwh = EXCLUDED.energy_kwh, estimated_training_flop = EXCLUDED.estimated_training_flop,
       reported_at = EXCLUDED.reported_at
     WHERE ${schema}.usage_totals.reported_at <= EXCLUDED.reported_at`,
    [totals.allocationId, totals.organisationId, totals.projectId, totals.chargedGpuHours, totals.energyKwh, totals.estimatedTrainingFlop, reportedAt],
  );
}
