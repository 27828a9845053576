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
}

function decide(command: ConfigurationCommand, state: ConfigurationState): ConfigurationEvent[] {
  const at = command.context.now.toISOString();
  switch (command.type) {
    case 'SeedConfiguration':
      // Seeding happens at every start; only the first one counts, later edits are never overwritten.
      if (state.configuration) return [];
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
