import { AllocationEvents, type KnownIntegrationEvent } from '@hpc-access/contracts';
import type { Sql } from '@hpc-access/sql';
import type { RuleFacts } from '../rules/notify';

/**
 * The small read model of allocation's facts the rules need: which site hosts which system (the
 * whole map replaced on every HostingSitesChanged) and each allocation's system (from its award
 * and activation). Written in the inbox's transaction of the event that tells it.
 */
export async function recordAllocationFacts(tx: Sql, schema: string, event: KnownIntegrationEvent): Promise<void> {
  if (event.type === AllocationEvents.HostingSitesChanged.type) {
    await tx.query(`DELETE FROM ${schema}.hosting_sites`);
    for (const site of event.data.sites) {
      for (const system of site.systems) {
        await tx.query(`INSERT INTO ${schema}.hosting_sites (system, site_id) VALUES ($1, $2) ON CONFLICT (system) DO UPDATE SET site_id = $2`, [system, site.siteId]);
      }
    }
  }
  if (event.type === AllocationEvents.AllocationAwarded.type || event.type === AllocationEvents.AllocationActivated.type) {
    await tx.query(`INSERT INTO ${schema}.allocation_systems (allocation_id, system) VALUES ($1, $2) ON CONFLICT (allocation_id) DO UPDATE SET system = $2`, [event.data.allocationId, event.data.system]);
  }
}

/** The facts as `tx` sees them, loaded once for one event's rules (the rules are synchronous and pure). */
export async function loadRuleFacts(tx: Sql, schema: string, event: KnownIntegrationEvent): Promise<RuleFacts> {
  const sites = new Map((await tx.query<{ system: string; site_id: string }>(`SELECT system, site_id FROM ${schema}.hosting_sites`)).rows.map((r) => [r.system, r.site_id]));
  const allocationId = (event.data as { allocationId?: unknown }).allocationId;
  let allocationSystem: string | undefined;
  if (typeof allocationId === 'string') {
    const { rows } = await tx.query<{ system: string }>(`SELECT system FROM ${schema}.allocation_systems WHERE allocation_id = $1`, [allocationId]);
    allocationSystem = rows[0]?.system;
  }
  return {
    siteOfSystem: (system) => sites.get(system),
    systemOfAllocation: (id) => (id === allocationId ? allocationSystem : undefined),
  };
}
