import { assertNever, canonicalJson, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { evolveConfiguration, initialConfiguration, type ConfigurationEvent, type ConfigurationState, type EthicsSettings } from './ethics-configuration';

export type ConfigurationCommand =
  | { type: 'SeedConfiguration'; data: { settings: EthicsSettings }; context: CommandContext }
  | { type: 'ChangeConfiguration'; data: { settings: EthicsSettings }; context: CommandContext };

/** What no configuration may say, whoever writes it (the DTO checks shapes; these are the rules). */
function assertSensible(settings: EthicsSettings): void {
  for (const mode of ACCESS_MODES) {
    const required = settings.reviewersRequired[mode];
    if (!Number.isInteger(required) || required < 1) throw invalid('reviewers-required-invalid', `at least one reviewer is required for ${mode}`, `reviewersRequired.${mode}`);
  }
  if (settings.principles.length === 0) throw invalid('principles-empty', 'reviews rate at least one principle', 'principles');
  if (new Set(settings.principles).size !== settings.principles.length) throw invalid('principles-duplicated', 'each principle is listed once', 'principles');
}

export function decideConfiguration(command: ConfigurationCommand, state: ConfigurationState): ConfigurationEvent[] {
  switch (command.type) {
    case 'SeedConfiguration':
      // The seed applies once, at first start; later starts find the stream and leave it alone.
      if (state.status === 'set') return [];
      assertSensible(command.data.settings);
      return [{ type: 'EthicsConfigurationSeeded', data: { settings: command.data.settings } }];
    case 'ChangeConfiguration':
      if (state.status === 'none') throw notFound('configuration-not-seeded', 'the ethics configuration has not been seeded yet');
      assertSensible(command.data.settings);
      // PUT is idempotent: saying again what the configuration says records nothing.
      if (canonicalJson(state.settings) === canonicalJson(command.data.settings)) return [];
      return [{ type: 'EthicsConfigurationChanged', data: { settings: command.data.settings, changedBy: command.context.actor.id } }];
    default:
      return assertNever(command);
  }
}

export const configurationDecider: Decider<ConfigurationCommand, ConfigurationState, ConfigurationEvent> = {
  initialState: initialConfiguration,
  evolve: evolveConfiguration,
  decide: decideConfiguration,
};
