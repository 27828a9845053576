import { invalid, notFound } from '@hpc-access/eventsourcing';
import { CONFIGURATION_NAMES, VersionedConfiguration } from '@hpc-access/versioned-configuration';
import { CONFIGURATION_STREAM, type GovernanceConfiguration } from './configuration';

/** Sensible bounds, checked here too: the seed file does not pass through HTTP validation. */
const BOUNDS: Record<keyof GovernanceConfiguration, [number, number, boolean]> = {
  attestationPeriodMonths: [1, 24, true],
  attestationReminderDays: [1, 90, true],
  attestationWindowDays: [0, 90, true],
  gracePeriodDays: [0, 365, true],
  resignPeriodDays: [1, 365, true],
  computeTolerancePercent: [0, 100, false],
};

export function assertValidConfiguration(configuration: GovernanceConfiguration): void {
  for (const [field, [min, max, integer]] of Object.entries(BOUNDS) as Array<[keyof GovernanceConfiguration, [number, number, boolean]]>) {
    const value = configuration[field];
    // Only the reminder may be absent: configurations recorded before it existed.
    if (field === 'attestationReminderDays' && value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw invalid('configuration-out-of-range', `${field} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`, field);
    }
  }
}

/**
 * A configuration recorded before attestation reminders existed gets the seed's number of days at
 * the next start (one ConfigurationChanged by the system), so the configuration shows it.
 */
export function upgradeFromSeed(current: GovernanceConfiguration, seed: GovernanceConfiguration): GovernanceConfiguration | undefined {
  if (current.attestationReminderDays !== undefined || seed.attestationReminderDays === undefined) return undefined;
  return { ...current, attestationReminderDays: seed.attestationReminderDays };
}

/** Saying again what is in force records nothing; a change records what it replaced and who made it. */
export const governanceConfiguration = new VersionedConfiguration(CONFIGURATION_STREAM, {
  names: CONFIGURATION_NAMES,
  validate: assertValidConfiguration,
  whenUnchanged: 'ignore',
  notSeeded: () => notFound('configuration-not-seeded', 'the governance configuration has not been seeded yet'),
  seeded: (context) => ({ seededAt: context.now.toISOString() }),
  changed: ({ previous, context }) => ({ previous, changedBy: context.actor.id, changedAt: context.now.toISOString() }),
  upgrade: upgradeFromSeed,
});

export const configurationDecider = governanceConfiguration.decider;
export type ConfigurationCommand = Parameters<typeof configurationDecider.decide>[0];
