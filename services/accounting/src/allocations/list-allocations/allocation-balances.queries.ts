import { readModelPage, type Page, type PageQuery } from '@hpc-access/http';
import { rowFrom, type Sql } from '@hpc-access/sql';
import type { AllocationBalanceView } from '../allocation-account.view';
import { allocationBalanceRows, type AllocationBalanceRow } from './allocation-balances.projection';

export interface AllocationBalanceFilter {
  organisationId?: string;
  status?: string;
  mode?: string;
  system?: string;
}

/** A page of allocations with their balances, by allocation id, from the allocation_balances read model. */
export async function listAllocationBalances(db: Sql, schema: string, filter: AllocationBalanceFilter, query: PageQuery): Promise<Page<AllocationBalanceView>> {
  const model = allocationBalanceRows(schema);
  const { rows, ...page } = await readModelPage<Record<string, unknown>>(
    db,
    model.table,
    [['organisation_id = ?', filter.organisationId], ['status = ?', filter.status], ['mode = ?', filter.mode], ['system = ?', filter.system]],
    'allocation_id',
    query,
  );
  return { ...page, rows: rows.map((raw) => balanceView(rowFrom<AllocationBalanceRow>(model.columns, raw))) };
}

function balanceView(r: AllocationBalanceRow): AllocationBalanceView {
  return {
    allocationId: r.allocationId, organisationId: r.organisationId, projectId: r.projectId, mode: r.mode, system: r.system, partition: r.partition,
    status: r.status, awardedGpuHours: r.awardedGpuHours, chargedGpuHours: r.chargedGpuHours,
    balanceGpuHours: Math.round((r.awardedGpuHours - r.chargedGpuHours) * 1e6) / 1e6, monthlyQuotaGpuHours: r.monthlyQuotaGpuHours,
    energyKwh: r.energyKwh, estimatedTrainingFlop: r.estimatedFlop, jobs: r.jobs, highestThresholdReached: r.highestThreshold,
    overuse: r.overuse, underuse: r.underuse, start: r.startsOn, end: r.endsOn, updatedAt: r.updatedAt.toISOString(), revision: r.revision,
  };
}
