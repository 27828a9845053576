import { assertNever, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { evolveConfiguration, initialConfigurationState, type ConfigurationEvent, type ConfigurationState, type GovernanceConfiguration } from './configuration';

export type SeedConfiguration = { type: 'SeedConfiguration'; data: { configuration: GovernanceConfiguration }; context: CommandContext };
export type ChangeConfiguration = { type: 'ChangeConfiguration'; data: { configuration: GovernanceConfiguration }; context: CommandContext };
export type ConfigurationCommand = SeedConfiguration | ChangeConfiguration;

/** Sensible bounds, checked here too: the seed file does not pass through HTTP validation. */
const BOUNDS: Record<keyof GovernanceConfiguration, [number, number, boolean]> = {
  attestationPeriodMonths: [1, 24, true],
  attestationWindowDays: [0, 90, true],
  gracePeriodDays: [0, 365, true],
  resignPeriodDays: [1, 365, true],
  computeTolerancePercent: [0, 100, false],
};

export function assertValidConfiguration(configuration: GovernanceConfiguration): void {
  for (const [field, [min, max, integer]] of Object.entries(BOUNDS) as Array<[keyof GovernanceConfiguration, [number, number, boolean]]>) {
    const value = configuration[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw invalid('configuration-out-of-range', `${field} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, field);
    }
  }
}

const same = (a: GovernanceConfiguration, b: GovernanceConfiguration): boolean =>
  (Object.keys(BOUNDS) as Array<keyof GovernanceConfiguration>).every((key) => a[key] === b[key]);

export function decideConfiguration(command: ConfigurationCommand, state: ConfigurationState): ConfigurationEvent[] {
  switch (command.type) {
    case 'SeedConfiguration':
      // Seeding runs at every start; only the first one counts, later edits are events of their own.
      if (state.configuration) return [];
      assertValidConfiguration(command.data.configuration);
      return [{ type: 'ConfigurationSeeded', data: { configuration: command.data.configuration, seededAt: command.context.now.toISOString() } }];
    case 'ChangeConfiguration': {
      if (!state.configuration) throw notFound('configuration-not-seeded', 'the governance configuration has not been seeded yet');
      assertValidConfiguration(command.data.configuration);
      if (same(state.configuration, command.data.configuration)) return [];
      return [{
        type: 'ConfigurationChanged',
        data: { configuration: command.data.configuration, previous: state.configuration, changedBy: command.context.actor.id, changedAt: command.context.now.toISOString() },
      }];
    }
    default:
      return assertNever(command);
  }
}

export const configurationDecider: Decider<ConfigurationCommand, ConfigurationState, ConfigurationEvent> = {
  initialState: initialConfigurationState,
  evolve: evolveConfiguration,
  decide: decideConfiguration,
};
