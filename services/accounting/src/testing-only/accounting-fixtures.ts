import { AccountingModule } from '../accounting.module';
import { AccountingRuntime } from '../accounting-runtime';
import { AllocationEvents, type AllocationActivated } from '@hpc-access/contracts';
import { seededHostingSites, type ServiceHarness } from '@hpc-access/service-testing';
import type { InProcessBus } from '@hpc-access/messaging';
import type { Database } from '@hpc-access/sql';
import type { TestClock } from '@hpc-access/testing';

/** How every accounting test boots the service alone. */
export const accountingHarness = {
  module: ({ db, bus, clock }: { db: Database; bus: InProcessBus; clock: TestClock }) => AccountingModule.register({ db, bus, clock }),
  runtimes: [AccountingRuntime],
};

/**
 * The site-to-systems map as allocation publishes it from its seed (CSC hosts LUMI, CINECA
 * Leonardo...): accounting learns it only from this event, so every test that sends usage plays it.
 */
export async function publishHostingSites(svc: ServiceHarness, sites = seededHostingSites(), changedAt = svc.clock.now().toISOString()): Promise<void> {
  await svc.publish(AllocationEvents.HostingSitesChanged, 'allocation-configuration', { sites, changedAt });
}

/** A token of the site hosting LUMI (CSC), which the fixtures' allocations are on. */
export const lumiSiteToken = (svc: ServiceHarness, userId = 'site-lumi') => svc.token('site', { userId, siteId: 'csc' });

/** An activated Playground allocation on LUMI-G: 5,000 GPU-h over three months from 1 November 2026. */
export function activation(overrides: Partial<AllocationActivated> = {}): AllocationActivated {
  return {
    allocationId: 'alloc-1',
    applicationId: 'app-1',
    organisationId: 'org-a',
    projectId: 'EHPC-AIF-2026PG01-1147',
    mode: 'playground',
    system: 'lumi',
    partition: 'lumi-g',
    gpuHours: 5000,
    monthlyQuotaGpuHours: 1667,
    start: '2026-11-01',
    end: '2027-01-31',
    activatedAt: '2026-11-01T08:00:00Z',
    ...overrides,
  };
}

export const SACCT_HEADER = 'JobID|Account|Partition|Start|End|ElapsedRaw|State|AllocTRES|ConsumedEnergyRaw';

/** One sacct line of a LUMI-G job: `nodes` whole nodes for `hours` hours, ended on the allocation's first day, before the harness's clock. */
export function sacctLine(jobId: string, account: string, hours: number, nodes = 1, energyJoules = 3_600_000): string {
  return `${jobId}|${account}|lumi-g|2026-11-01T10:00:00|2026-11-01T12:00:00|${hours * 3600}|COMPLETED|billing=128,cpu=128,gres/gpu=${nodes * 8},node=${nodes}|${energyJoules}`;
}

/** One JSON job record (POST /api/accounting/usage), ended on the allocation's first day, before the harness's clock. */
export function jobRecord(jobId: string, overrides: Record<string, unknown> = {}) {
  return {
    system: 'lumi',
    jobId,
    account: 'EHPC-AIF-2026PG01-1147',
    partition: 'lumi-g',
    start: '2026-11-01T10:00:00Z',
    end: '2026-11-01T20:00:00Z',
    elapsedRaw: 36000,
    state: 'COMPLETED',
    allocTres: 'billing=128,cpu=128,gres/gpu=8,node=1',
    consumedEnergyRaw: 36_000_000,
    ...overrides,
  };
}
