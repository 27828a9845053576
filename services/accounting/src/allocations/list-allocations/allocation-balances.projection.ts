import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import type { AllocationAccountEvent } from '../domain/allocation-account';

/** One allocation's balance (table allocation_balances). */
export interface AllocationBalanceRow {
  allocationId: string;
  organisationId: string;
  projectId: string;
  mode: string;
  system: string;
  partition: string;
  status: string;
  awardedGpuHours: number;
  chargedGpuHours: number;
  monthlyQuotaGpuHours: number;
  energyKwh: number;
  estimatedFlop: number;
  jobs: number;
  highestThreshold: number | null;
  overuse: boolean;
  underuse: boolean;
  startsOn: string;
  endsOn: string;
  updatedAt: Date;
  revision: number;
}

/**
 * Allocations' balances, one row each, folded from the allocation account's events. The row
 * carries the stream revision of its last event, so replaying the same events gives the same table.
 */
export function allocationBalanceRows(schema: string): RowModel<AllocationBalanceRow, AllocationAccountEvent> {
  return {
    table: `${schema}.allocation_balances`,
    columns: {
      allocationId: columns.text('allocation_id'),
      organisationId: columns.text('organisation_id'),
      projectId: columns.text('project_id'),
      mode: columns.text('mode'),
      system: columns.text('system'),
      partition: columns.text('partition'),
      status: columns.text('status'),
      awardedGpuHours: columns.number('awarded_gpu_hours'),
      chargedGpuHours: columns.number('charged_gpu_hours'),
      monthlyQuotaGpuHours: columns.number('monthly_quota_gpu_hours'),
      energyKwh: columns.number('energy_kwh'),
      estimatedFlop: columns.number('estimated_flop'),
      jobs: columns.number('jobs'),
      highestThreshold: columns.nullable.number('highest_threshold'),
      overuse: columns.boolean('overuse'),
      underuse: columns.boolean('underuse'),
      startsOn: columns.text('starts_on'),
      endsOn: columns.text('ends_on'),
      updatedAt: columns.timestamp('updated_at'),
      revision: columns.number('revision'),
    },
    key: ['allocationId'],
    canHandle: [
      'AllocationAccountOpened', 'AllocationAccountSuspended', 'AllocationAccountResumed', 'AllocationAccountClosed',
      'UsageBatchCharged', 'UsageThresholdReached', 'OveruseDetected', 'UnderuseFlagged', 'MidTermUsageOnPlan',
    ],
    revision: 'revision',
    keyOf: (event) => ({ allocationId: event.data.allocationId }),
    evolve(row, event) {
      const at = event.recordedAt;
      if (event.type === 'AllocationAccountOpened') {
        const d = event.data;
        return row ?? {
          allocationId: d.allocationId, organisationId: d.organisationId, projectId: d.projectId, mode: d.mode, system: d.system, partition: d.partition,
          status: 'active', awardedGpuHours: d.gpuHours, chargedGpuHours: 0, monthlyQuotaGpuHours: d.monthlyQuotaGpuHours, energyKwh: 0, estimatedFlop: 0,
          jobs: 0, highestThreshold: null, overuse: false, underuse: false, startsOn: d.start, endsOn: d.end, updatedAt: at, revision: 0,
        };
      }
      if (!row) return null;
      switch (event.type) {
        case 'AllocationAccountSuspended':
          return { ...row, status: 'suspended', updatedAt: at };
        case 'AllocationAccountResumed':
          return { ...row, status: 'active', updatedAt: at };
        case 'AllocationAccountClosed':
          return { ...row, status: 'closed', updatedAt: at };
        case 'UsageBatchCharged': {
          const t = event.data.totals;
          return { ...row, chargedGpuHours: t.chargedGpuHours, energyKwh: t.energyKwh, estimatedFlop: t.estimatedTrainingFlop, jobs: t.jobs, updatedAt: at };
        }
        case 'UsageThresholdReached':
          return { ...row, highestThreshold: Math.max(row.highestThreshold ?? 0, event.data.thresholdPercent), updatedAt: at };
        case 'OveruseDetected':
          return { ...row, overuse: true, updatedAt: at };
        case 'UnderuseFlagged':
          return { ...row, underuse: true, updatedAt: at };
        case 'MidTermUsageOnPlan':
          return { ...row, underuse: false, updatedAt: at };
        default:
          return row;
      }
    },
  };
}

export const allocationBalancesProjection = (schema: string) => rowProjection('accounting.allocation-balances', allocationBalanceRows(schema));
