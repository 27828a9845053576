import { invalid, notFound } from '@hpc-access/eventsourcing';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { VersionedConfiguration } from '@hpc-access/versioned-configuration';
import { CONFIGURATION_STREAM_ID, ETHICS_CONFIGURATION_NAMES, type EthicsSettings } from './ethics-configuration';

/** What no configuration may say, whoever writes it (the DTO checks shapes; these are the rules). */
function assertSensible(settings: EthicsSettings): void {
  for (const mode of ACCESS_MODES) {
    const required = settings.reviewersRequired[mode];
    if (!Number.isInteger(required) || required < 1) throw invalid('reviewers-required-invalid', `at least one reviewer is required for ${mode}`, `reviewersRequired.${mode}`);
  }
  if (settings.principles.length === 0) throw invalid('principles-empty', 'reviews rate at least one principle', 'principles');
  if (new Set(settings.principles).size !== settings.principles.length) throw invalid('principles-duplicated', 'each principle is listed once', 'principles');
}

/** PUT is idempotent: saying again what the configuration says records nothing; a change names who made it. */
export const ethicsConfiguration = new VersionedConfiguration(CONFIGURATION_STREAM_ID, {
  names: ETHICS_CONFIGURATION_NAMES,
  validate: assertSensible,
  whenUnchanged: 'ignore',
  notSeeded: () => notFound('configuration-not-seeded', 'the ethics configuration has not been seeded yet'),
  seeded: () => ({}),
  changed: ({ context }) => ({ changedBy: context.actor.id }),
});

export const configurationDecider = ethicsConfiguration.decider;
