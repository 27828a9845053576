import { invalid, notFound } from '@hpc-access/eventsourcing';
import { CONFIGURATION_NAMES, VersionedConfiguration } from '@hpc-access/versioned-configuration';
import { CONFIGURATION_STREAM, type AllocationConfiguration } from './configuration';

/** Rules that span fields, which a DTO cannot check one field at a time. */
function assertConsistent(configuration: AllocationConfiguration): void {
  const { weights } = configuration.scoring;
  const sum = weights.excellence + weights.innovationAndImpact + weights.implementation;
  if (Math.abs(sum - 1) > 1e-9) throw invalid('weights-not-normalised', 'scoring weights must add up to 1', 'scoring.weights');
  const codes = Object.values(configuration.modes).map((m) => m.code);
  if (new Set(codes).size !== codes.length) throw invalid('duplicate-mode-code', 'each mode needs its own code', 'modes');
  const ids = configuration.systems.flatMap((s) => s.partitions.map((p) => `${s.id}/${p.id}`));
  if (new Set(ids).size !== ids.length) throw invalid('duplicate-partition', 'each system/partition appears once', 'systems');
  assertEverySystemHostedOnce(configuration);
}

/** A site acts on the systems it hosts: each system needs exactly one site, or no site could provision it. */
function assertEverySystemHostedOnce(configuration: AllocationConfiguration): void {
  const siteIds = configuration.sites.map((s) => s.id);
  if (new Set(siteIds).size !== siteIds.length) throw invalid('duplicate-site', 'each site appears once', 'sites');
  const systemIds = new Set(configuration.systems.map((s) => s.id));
  const hostOf = new Map<string, string>();
  configuration.sites.forEach((site, i) => {
    for (const system of site.systems) {
      if (!systemIds.has(system)) throw invalid('unknown-hosted-system', `site ${site.id} hosts system ${system}, which is not in systems`, `sites.${i}.systems`);
      const other = hostOf.get(system);
      if (other !== undefined) throw invalid('system-hosted-twice', `system ${system} is hosted by both ${other} and ${site.id}`, `sites.${i}.systems`);
      hostOf.set(system, site.id);
    }
  });
  const unhosted = [...systemIds].filter((id) => !hostOf.has(id));
  if (unhosted.length > 0) throw invalid('system-without-site', `no site hosts ${unhosted.join(', ')}`, 'sites');
}

/**
 * A configuration recorded before sites existed gets the seed's map of the systems it still has:
 * recorded as a change, so that the map, like every number here, has an event behind it.
 */
function sitesFromSeed(current: AllocationConfiguration, seed: AllocationConfiguration): AllocationConfiguration['sites'] {
  const known = new Set(current.systems.map((s) => s.id));
  return (seed.sites ?? []).map((site) => ({ ...site, systems: site.systems.filter((system) => known.has(system)) }));
}

/** Staff change it, each change an event; a change to exactly what is in force is refused (409). */
export const allocationConfiguration = new VersionedConfiguration(CONFIGURATION_STREAM, {
  names: CONFIGURATION_NAMES,
  validate: assertConsistent,
  whenUnchanged: 'refuse',
  notSeeded: () => notFound('configuration-not-seeded', 'the allocation configuration has not been seeded yet'),
  seeded: (context) => ({ seededAt: context.now.toISOString() }),
  changed: ({ context }) => ({ changedAt: context.now.toISOString() }),
  upgrade: (current, seed) => (current.sites ? undefined : { ...current, sites: sitesFromSeed(current, seed) }),
});

export const configurationDecider = allocationConfiguration.decider;
