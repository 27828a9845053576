import { assertNever, canonicalJson, conflict, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { evolveConfiguration, initialConfigurationState, type AllocationConfiguration, type ConfigurationEvent, type ConfigurationState } from './configuration';

export type ConfigurationCommand =
  | { type: 'SeedConfiguration'; data: { configuration: AllocationConfiguration }; context: CommandContext }
  | { type: 'ChangeConfiguration'; data: { configuration: AllocationConfiguration }; context: CommandContext };

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

function decide(command: ConfigurationCommand, state: ConfigurationState): ConfigurationEvent[] {
  const at = command.context.now.toISOString();
  switch (command.type) {
    case 'SeedConfiguration':
      // Seeding happens at every start; only the first one counts, later edits are never overwritten.
      if (state.configuration) {
        if (state.configuration.sites) return [];
        return [{ type: 'ConfigurationChanged', data: { configuration: { ...state.configuration, sites: sitesFromSeed(state.configuration, command.data.configuration) }, changedAt: at } }];
      }
      assertConsistent(command.data.configuration);
      return [{ type: 'ConfigurationSeeded', data: { configuration: command.data.configuration, seededAt: at } }];
    case 'ChangeConfiguration':
      if (!state.configuration) throw notFound('configuration-not-seeded', 'the configuration has not been seeded yet');
      assertConsistent(command.data.configuration);
      if (canonicalJson(state.configuration) === canonicalJson(command.data.configuration)) {
        throw conflict('configuration-unchanged', 'the configuration is already exactly this');
      }
      return [{ type: 'ConfigurationChanged', data: { configuration: command.data.configuration, changedAt: at } }];
    default:
      return assertNever(command);
  }
}

export const configurationDecider: Decider<ConfigurationCommand, ConfigurationState, ConfigurationEvent> = {
  initialState: initialConfigurationState,
  evolve: evolveConfiguration,
  decide,
};
