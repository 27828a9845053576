import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Projection } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { ApplicationEvent } from '../domain/allocation-application';
import type { AllocationEvent } from '../../allocations/domain/allocation';
import type { LedgerEvent } from '../../capacity/domain/partition-ledger';

/**
 * Applications as allocation sees them, one row each, with their hold or queue place and their
 * time to access. Fed by the application streams, the partition ledgers and activations.
 */
export function applicationSummariesProjection(schema: string): Projection<Sql> {
  const table = `${schema}.application_summaries`;
  return {
    name: 'allocation.application-summaries',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as ApplicationEvent | LedgerEvent | AllocationEvent;
      const at = recorded.recordedAt;
      const update = (applicationId: string, set: string, params: unknown[], where = '') =>
        tx.query(`UPDATE ${table} SET ${set}, updated_at = $2 WHERE application_id = $1 ${where}`, [applicationId, at, ...params]);
      switch (event.type) {
        case 'ApplicationSubmissionRecorded': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${table} (application_id, organisation_id, mode, status, submitted_at, updated_at) VALUES ($1, $2, $3, 'submitted', $4, $5)
             ON CONFLICT (application_id) DO UPDATE SET submitted_at = EXCLUDED.submitted_at, mode = EXCLUDED.mode`,
            [d.applicationId, d.organisationId, d.mode, d.submittedAt, at],
          );
          return;
        }
        case 'ApplicationRegistered': {
          const d = event.data;
          const status = d.mode === 'large-scale' ? 'awaiting-cut-off' : 'registered';
          await tx.query(
            `INSERT INTO ${table} (application_id, organisation_id, mode, system, partition, gpu_hours, duration_months, status, registered_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
             ON CONFLICT (application_id) DO UPDATE SET mode = EXCLUDED.mode, system = EXCLUDED.system, partition = EXCLUDED.partition, gpu_hours = EXCLUDED.gpu_hours,
               duration_months = EXCLUDED.duration_months, registered_at = EXCLUDED.registered_at, updated_at = EXCLUDED.updated_at,
               status = CASE WHEN ${table}.status = 'submitted' THEN EXCLUDED.status ELSE ${table}.status END`,
            [d.applicationId, d.organisationId, d.mode, d.system, d.partition, d.gpuHours, d.durationMonths, status, at],
          );
          return;
        }
        case 'TechnicalAssessmentCompleted':
          await update(event.data.applicationId, `technical_outcome = $3, status = CASE WHEN $3 = 'rejected' THEN 'rejected' ELSE status END`, [event.data.outcome]);
          return;
        case 'EthicsOutcomeRecorded':
          await tx.query(
            `INSERT INTO ${table} (application_id, organisation_id, status, ethics_outcome, updated_at) VALUES ($1, $2, 'submitted', $3, $4)
             ON CONFLICT (application_id) DO UPDATE SET ethics_outcome = EXCLUDED.ethics_outcome, updated_at = EXCLUDED.updated_at,
               status = CASE WHEN EXCLUDED.ethics_outcome = 'refused' THEN 'refused' ELSE ${table}.status END`,
            [event.data.applicationId, event.data.organisationId, event.data.outcome, at],
          );
          return;
        case 'PeerReviewScored':
          await update(event.data.applicationId, 'weighted_score = $3', [event.data.weightedScore]);
          return;
        case 'ApplicationAwarded': {
          const d = event.data;
          await update(d.applicationId, `status = 'awarded', allocation_id = $3, project_id = $4, awarded_gpu_hours = $5, awarded_at = $6, clock_started_at = $7,
            working_days_to_award = $8, target_working_days = $9, hold_id = NULL, hold_expires_at = NULL, queued_at = NULL`,
          [d.allocationId, d.projectId, d.gpuHours, d.awardedAt, d.clockStartedAt, d.workingDays, d.targetWorkingDays]);
          return;
        }
        case 'ApplicationNotFunded':
          await update(event.data.applicationId, 'status = $3, not_funded_reason = $4', [event.data.reserve ? 'reserve' : 'not-funded', event.data.reason]);
          return;
        case 'ApplicationWithdrawalRecorded':
          await update(event.data.applicationId, `status = 'withdrawn'`, []);
          return;
        case 'CapacityHoldPlaced':
          await update(event.data.applicationId, `status = 'held', hold_id = $3, hold_expires_at = $4, queued_at = NULL, queue_position = NULL`, [event.data.holdId, event.data.expiresAt], `AND status IN ('registered', 'queued', 'hold-expired')`);
          return;
        case 'ApplicationQueued':
          // The global position keeps the ledger's first-come-first-served order, even within one instant.
          await update(event.data.applicationId, `status = 'queued', queued_at = $3, queue_position = $4`, [event.data.queuedAt, recorded.globalPosition], `AND status IN ('registered', 'hold-expired')`);
          return;
        case 'ApplicationDequeued':
          await update(event.data.applicationId, 'queued_at = NULL, queue_position = NULL', []);
          return;
        case 'CapacityHoldReleased':
          await update(event.data.applicationId, `hold_id = NULL, hold_expires_at = NULL, status = CASE WHEN status = 'held' AND $3 = 'expired' THEN 'hold-expired' ELSE status END`, [event.data.reason]);
          return;
        case 'AllocationActivated':
          await update(event.data.applicationId, 'activated_at = $3, working_days_to_access = $4', [event.data.activatedAt, event.data.workingDaysToAccess]);
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
