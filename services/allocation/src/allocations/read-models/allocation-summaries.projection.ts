import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { AllocationEvent } from '../domain/allocation';

/** Allocations, one row each; every update carries the stream revision, so a replay changes nothing. */
export function allocationSummariesProjection(schema: string): Projection<Sql> {
  const table = `${schema}.allocation_summaries`;
  return {
    name: 'allocation.allocation-summaries',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as AllocationEvent;
      const rev = recorded.streamPosition;
      const update = (set: string, params: unknown[]) =>
        tx.query(`UPDATE ${table} SET ${set}, revision = $2 WHERE allocation_id = $1 AND revision < $2`, [event.data.allocationId, rev, ...params]);
      switch (event.type) {
        case 'AllocationOpened': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${table} (allocation_id, application_id, organisation_id, project_id, mode, system, partition, gpu_hours, monthly_quota_gpu_hours, start_date, end_date, partial, status, awarded_at, revision)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'awarded', $13, $14) ON CONFLICT (allocation_id) DO NOTHING`,
            [d.allocationId, d.applicationId, d.organisationId, d.projectId, d.mode, d.system, d.partition, d.gpuHours, d.monthlyQuotaGpuHours, d.start, d.end, d.partial, d.awardedAt, rev],
          );
          return;
        }
        case 'AllocationActivated':
          await update(`status = CASE WHEN status = 'suspended' THEN 'suspended' ELSE 'active' END, activated_at = $3`, [event.data.activatedAt]);
          return;
        case 'AllocationSuspended':
          await update(`status = 'suspended', suspended_by = $3`, [event.data.suspendedBy]);
          return;
        case 'AllocationResumed':
          await update(`status = CASE WHEN activated_at IS NULL THEN 'awarded' ELSE 'active' END, suspended_by = NULL`, []);
          return;
        case 'AllocationClosed':
          await update(`status = 'closed', suspended_by = NULL, closed_at = $3, final_report_due = $4`, [event.data.closedAt, event.data.finalReportDue]);
          return;
        case 'FinalReportSubmitted':
          await update('final_report_submitted_at = $3, final_report_overdue = false', [event.data.submittedAt]);
          return;
        case 'FinalReportOverdue':
          await update('final_report_overdue = true', []);
          return;
        default:
          return;
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
