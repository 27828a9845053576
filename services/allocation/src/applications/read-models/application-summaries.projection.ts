import { columns, rowProjection, type RowModel, type RowProjection } from '@hpc-access/sql';
import type { AllocationEvent } from '../../allocations/domain/allocation';
import type { LedgerEvent } from '../../capacity/domain/partition-ledger';
import type { ApplicationEvent } from '../domain/allocation-application';

/** A row of `application_summaries`: one application as allocation sees it. */
export interface ApplicationSummaryRow {
  applicationId: string;
  organisationId: string;
  mode: string | null;
  system: string | null;
  partition: string | null;
  gpuHours: number | null;
  durationMonths: number | null;
  status: string;
  submittedAt: Date | null;
  registeredAt: Date | null;
  technicalOutcome: string | null;
  ethicsOutcome: string | null;
  weightedScore: number | null;
  holdId: string | null;
  holdExpiresAt: Date | null;
  queuedAt: Date | null;
  /** The queue event's global position: the ledger's first-come-first-served order, even within one instant. */
  queuePosition: number | null;
  allocationId: string | null;
  projectId: string | null;
  awardedGpuHours: number | null;
  notFundedReason: string | null;
  clockStartedAt: Date | null;
  awardedAt: Date | null;
  workingDaysToAward: number | null;
  activatedAt: Date | null;
  workingDaysToAccess: number | null;
  targetWorkingDays: number | null;
  updatedAt: Date;
}

const HANDLED = [
  'ApplicationSubmissionRecorded', 'ApplicationRegistered', 'TechnicalAssessmentCompleted', 'EthicsOutcomeRecorded', 'PeerReviewScored', 'ApplicationAwarded',
  'ApplicationNotFunded', 'ApplicationWithdrawalRecorded', 'CapacityHoldPlaced', 'ApplicationQueued', 'ApplicationDequeued', 'CapacityHoldReleased', 'AllocationActivated',
] as const;
/** The events it folds, from the application streams, the partition ledgers and the allocations: each names its application. */
export type ApplicationSummaryEvent = Extract<ApplicationEvent | LedgerEvent | AllocationEvent, { type: (typeof HANDLED)[number] }>;

/** Statuses a hold can be placed from, and the queue joined from. */
const MAY_BE_HELD = ['registered', 'queued', 'hold-expired'];
const MAY_QUEUE = ['registered', 'hold-expired'];

/** An application's row before its registration fills in the request. */
function firstRow(applicationId: string, organisationId: string, updatedAt: Date): ApplicationSummaryRow {
  return {
    applicationId, organisationId, mode: null, system: null, partition: null, gpuHours: null, durationMonths: null, status: 'submitted', submittedAt: null,
    registeredAt: null, technicalOutcome: null, ethicsOutcome: null, weightedScore: null, holdId: null, holdExpiresAt: null, queuedAt: null, queuePosition: null,
    allocationId: null, projectId: null, awardedGpuHours: null, notFundedReason: null, clockStartedAt: null, awardedAt: null, workingDaysToAward: null,
    activatedAt: null, workingDaysToAccess: null, targetWorkingDays: null, updatedAt,
  };
}

/**
 * Applications as a pure fold, one row each, with their hold or queue place and their time to
 * access. Their events come from several streams (the application's, its partition's ledger, its
 * allocation's), so there is no single revision to guard replays; the checkpoint, moved in the same
 * transaction, applies each event once. Each step sets values rather than adding to them, so the
 * whole history again gives the same row, and a hold or a queue place again changes nothing (the
 * status guards them); an older event of another kind again would restamp `updatedAt`, as the SQL
 * always did. Only the submission, the registration and the ethics outcome create a row; the steps
 * stamp `updatedAt` with the event's time, except a submission recorded late.
 */
export function applicationSummaryRows(schema: string): RowModel<ApplicationSummaryRow, ApplicationSummaryEvent> {
  return {
    table: `${schema}.application_summaries`,
    columns: {
      applicationId: columns.text('application_id'),
      organisationId: columns.text('organisation_id'),
      mode: columns.nullable.text('mode'),
      system: columns.nullable.text('system'),
      partition: columns.nullable.text('partition'),
      gpuHours: columns.nullable.number('gpu_hours'),
      durationMonths: columns.nullable.number('duration_months'),
      status: columns.text('status'),
      submittedAt: columns.nullable.timestamp('submitted_at'),
      registeredAt: columns.nullable.timestamp('registered_at'),
      technicalOutcome: columns.nullable.text('technical_outcome'),
      ethicsOutcome: columns.nullable.text('ethics_outcome'),
      weightedScore: columns.nullable.number('weighted_score'),
      holdId: columns.nullable.text('hold_id'),
      holdExpiresAt: columns.nullable.timestamp('hold_expires_at'),
      queuedAt: columns.nullable.timestamp('queued_at'),
      queuePosition: columns.nullable.number('queue_position'),
      allocationId: columns.nullable.text('allocation_id'),
      projectId: columns.nullable.text('project_id'),
      awardedGpuHours: columns.nullable.number('awarded_gpu_hours'),
      notFundedReason: columns.nullable.text('not_funded_reason'),
      clockStartedAt: columns.nullable.timestamp('clock_started_at'),
      awardedAt: columns.nullable.timestamp('awarded_at'),
      workingDaysToAward: columns.nullable.number('working_days_to_award'),
      activatedAt: columns.nullable.timestamp('activated_at'),
      workingDaysToAccess: columns.nullable.number('working_days_to_access'),
      targetWorkingDays: columns.nullable.number('target_working_days'),
      updatedAt: columns.timestamp('updated_at'),
    },
    key: ['applicationId'],
    canHandle: HANDLED,
    keyOf: (event) => ({ applicationId: event.data.applicationId }),
    evolve(row, event) {
      const at = event.recordedAt;
      switch (event.type) {
        case 'ApplicationSubmissionRecorded': {
          const d = event.data;
          // Recorded after the registration or the ethics outcome: only the submission's own fields change.
          if (row) return { ...row, submittedAt: new Date(d.submittedAt), mode: d.mode };
          return { ...firstRow(d.applicationId, d.organisationId, at), mode: d.mode, submittedAt: new Date(d.submittedAt) };
        }
        case 'ApplicationRegistered': {
          const d = event.data;
          const registered = { mode: d.mode, system: d.system, partition: d.partition, gpuHours: d.gpuHours, durationMonths: d.durationMonths, registeredAt: at, updatedAt: at };
          const status = d.mode === 'large-scale' ? 'awaiting-cut-off' : 'registered';
          if (!row) return { ...firstRow(d.applicationId, d.organisationId, at), ...registered, status };
          // An application already further on (refused by ethics, say) keeps its status.
          return { ...row, ...registered, status: row.status === 'submitted' ? status : row.status };
        }
        case 'EthicsOutcomeRecorded': {
          const d = event.data;
          // A first row from the ethics outcome is 'submitted' whatever the outcome, as the table always had it.
          if (!row) return { ...firstRow(d.applicationId, d.organisationId, at), ethicsOutcome: d.outcome };
          return { ...row, ethicsOutcome: d.outcome, updatedAt: at, status: d.outcome === 'refused' ? 'refused' : row.status };
        }
      }
      // The other events change an application it already has; without the row nothing is written.
      if (!row) return null;
      switch (event.type) {
        case 'TechnicalAssessmentCompleted':
          return { ...row, technicalOutcome: event.data.outcome, status: event.data.outcome === 'rejected' ? 'rejected' : row.status, updatedAt: at };
        case 'PeerReviewScored':
          return { ...row, weightedScore: event.data.weightedScore, updatedAt: at };
        case 'ApplicationAwarded': {
          const d = event.data;
          return {
            ...row, status: 'awarded', allocationId: d.allocationId, projectId: d.projectId, awardedGpuHours: d.gpuHours, awardedAt: new Date(d.awardedAt),
            clockStartedAt: new Date(d.clockStartedAt), workingDaysToAward: d.workingDays, targetWorkingDays: d.targetWorkingDays, holdId: null, holdExpiresAt: null,
            queuedAt: null, updatedAt: at,
          };
        }
        case 'ApplicationNotFunded':
          return { ...row, status: event.data.reserve ? 'reserve' : 'not-funded', notFundedReason: event.data.reason, updatedAt: at };
        case 'ApplicationWithdrawalRecorded':
          return { ...row, status: 'withdrawn', updatedAt: at };
        case 'CapacityHoldPlaced':
          if (!MAY_BE_HELD.includes(row.status)) return row;
          return { ...row, status: 'held', holdId: event.data.holdId, holdExpiresAt: new Date(event.data.expiresAt), queuedAt: null, queuePosition: null, updatedAt: at };
        case 'ApplicationQueued':
          if (!MAY_QUEUE.includes(row.status)) return row;
          return { ...row, status: 'queued', queuedAt: new Date(event.data.queuedAt), queuePosition: Number(event.globalPosition), updatedAt: at };
        case 'ApplicationDequeued':
          return { ...row, queuedAt: null, queuePosition: null, updatedAt: at };
        case 'CapacityHoldReleased': {
          const expired = row.status === 'held' && event.data.reason === 'expired';
          return { ...row, holdId: null, holdExpiresAt: null, status: expired ? 'hold-expired' : row.status, updatedAt: at };
        }
        case 'AllocationActivated':
          return { ...row, activatedAt: new Date(event.data.activatedAt), workingDaysToAccess: event.data.workingDaysToAccess, updatedAt: at };
      }
    },
  };
}

/** The SQL edge of applicationSummaryRows; the name is the projection's checkpoint, kept from before. */
export const applicationSummariesProjection = (schema: string): RowProjection => rowProjection('allocation.application-summaries', applicationSummaryRows(schema));
