import { columns, rowProjection, type Column, type RowModel, type RowProjection } from '@hpc-access/sql';
import type { AllocationEvent } from '../domain/allocation';

/** A row of `allocation_summaries`: one allocation, its terms and where it stands. */
export interface AllocationSummaryRow {
  allocationId: string;
  applicationId: string;
  organisationId: string;
  projectId: string;
  mode: string;
  system: string;
  partition: string;
  gpuHours: number;
  monthlyQuotaGpuHours: number;
  /** `date` columns: YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  partial: boolean;
  status: string;
  suspendedBy: string | null;
  awardedAt: Date;
  activatedAt: Date | null;
  closedAt: Date | null;
  finalReportDue: string | null;
  finalReportSubmittedAt: Date | null;
  finalReportOverdue: boolean;
  revision: number;
}

/**
 * A `date` column as YYYY-MM-DD text. The table keeps the date as written (a time after it is
 * dropped); pg hands it back as a Date at local midnight and PGlite as one at UTC midnight, so a
 * Date at local midnight is read in local time and any other in UTC.
 */
function dayText(value: unknown): string {
  if (!(value instanceof Date)) return String(value).slice(0, 10);
  const localMidnight = value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0;
  const date = localMidnight ? new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate())) : value;
  return date.toISOString().slice(0, 10);
}
const day = (name: string): Column<string> => ({ name, toSql: dayText, fromSql: dayText });
const nullableDay = (name: string): Column<string | null> => ({
  name,
  toSql: (value) => (value === null ? null : dayText(value)),
  fromSql: (raw) => (raw === null || raw === undefined ? null : dayText(raw)),
});

/** Allocations as a pure fold of their streams (one row per allocation; replays change nothing, the revision guards it). */
export function allocationSummaryRows(schema: string): RowModel<AllocationSummaryRow, AllocationEvent> {
  return {
    table: `${schema}.allocation_summaries`,
    columns: {
      allocationId: columns.text('allocation_id'),
      applicationId: columns.text('application_id'),
      organisationId: columns.text('organisation_id'),
      projectId: columns.text('project_id'),
      mode: columns.text('mode'),
      system: columns.text('system'),
      partition: columns.text('partition'),
      gpuHours: columns.number('gpu_hours'),
      monthlyQuotaGpuHours: columns.number('monthly_quota_gpu_hours'),
      startDate: day('start_date'),
      endDate: day('end_date'),
      partial: columns.boolean('partial'),
      status: columns.text('status'),
      suspendedBy: columns.nullable.text('suspended_by'),
      awardedAt: columns.timestamp('awarded_at'),
      activatedAt: columns.nullable.timestamp('activated_at'),
      closedAt: columns.nullable.timestamp('closed_at'),
      finalReportDue: nullableDay('final_report_due'),
      finalReportSubmittedAt: columns.nullable.timestamp('final_report_submitted_at'),
      finalReportOverdue: columns.boolean('final_report_overdue'),
      revision: columns.number('revision'),
    },
    key: ['allocationId'],
    canHandle: ['AllocationOpened', 'AllocationActivated', 'AllocationSuspended', 'SuspensionReasonAdded', 'SuspensionReasonsLifted', 'AllocationResumed', 'AllocationClosed', 'FinalReportSubmitted', 'FinalReportOverdue'],
    revision: 'revision',
    keyOf: (event) => ({ allocationId: event.data.allocationId }),
    evolve(row, event) {
      switch (event.type) {
        case 'AllocationOpened': {
          const d = event.data;
          return row ?? {
            allocationId: d.allocationId, applicationId: d.applicationId, organisationId: d.organisationId, projectId: d.projectId, mode: d.mode,
            system: d.system, partition: d.partition, gpuHours: d.gpuHours, monthlyQuotaGpuHours: d.monthlyQuotaGpuHours, startDate: d.start, endDate: d.end,
            partial: d.partial, status: 'awarded', suspendedBy: null, awardedAt: new Date(d.awardedAt), activatedAt: null, closedAt: null,
            finalReportDue: null, finalReportSubmittedAt: null, finalReportOverdue: false, revision: event.streamPosition,
          };
        }
        // Every later event changes an allocation it has seen opened; without the row nothing is written.
        case 'AllocationActivated':
          // Activation does not lift a suspension that came before it.
          return row && { ...row, status: row.status === 'suspended' ? 'suspended' : 'active', activatedAt: new Date(event.data.activatedAt) };
        case 'AllocationSuspended':
          return row && { ...row, status: 'suspended', suspendedBy: event.data.suspendedBy };
        // Another reason on a suspended allocation, or one lifted while others remain: the first remaining maker shows.
        case 'SuspensionReasonAdded':
          return row && { ...row, status: 'suspended', suspendedBy: event.data.reasons[0]?.suspendedBy ?? null };
        case 'SuspensionReasonsLifted':
          return row && { ...row, suspendedBy: event.data.remaining[0]?.suspendedBy ?? null };
        case 'AllocationResumed':
          return row && { ...row, status: row.activatedAt === null ? 'awarded' : 'active', suspendedBy: null };
        case 'AllocationClosed':
          return row && { ...row, status: 'closed', suspendedBy: null, closedAt: new Date(event.data.closedAt), finalReportDue: event.data.finalReportDue };
        case 'FinalReportSubmitted':
          return row && { ...row, finalReportSubmittedAt: new Date(event.data.submittedAt), finalReportOverdue: false };
        case 'FinalReportOverdue':
          return row && { ...row, finalReportOverdue: true };
      }
    },
  };
}

/** The SQL edge of allocationSummaryRows; the name is the projection's checkpoint, kept from before. */
export const allocationSummariesProjection = (schema: string): RowProjection => rowProjection('allocation.allocation-summaries', allocationSummaryRows(schema));
