import type { CommandContext } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import type { ConfigurationEvent, GovernanceConfiguration } from './configuration';
import { configurationDecider } from './configuration.decide';

const now = new Date('2026-11-02T09:00:00.000Z');
const officer: CommandContext = { now, actor: { id: 'gov-1', role: 'governance-officer' } };
const seed: CommandContext = { now, actor: { id: 'governance-seed', role: 'system' } };
const base: GovernanceConfiguration = { attestationPeriodMonths: 3, attestationWindowDays: 30, gracePeriodDays: 30, resignPeriodDays: 60, computeTolerancePercent: 10 };
const seeded: ConfigurationEvent = { type: 'ConfigurationSeeded', data: { configuration: base, seededAt: now.toISOString() } };
const spec = deciderSpec(configurationDecider);
const change = (configuration: Partial<GovernanceConfiguration>) => ({ type: 'ChangeConfiguration' as const, data: { configuration: { ...base, ...configuration } }, context: officer });

describe('seeding the configuration', () => {
  it('the first start seeds the configuration from the seed file', () => {
    spec.given([]).when({ type: 'SeedConfiguration', data: { configuration: base }, context: seed }).then([seeded]);
  });

  it('later starts leave the configuration as staff changed it', () => {
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: { ...base, gracePeriodDays: 1 } }, context: seed }).then([]);
  });

  it('a configuration recorded before attestation reminders existed gets the seed\'s number of days at the next start, once', () => {
    const withReminder = { ...base, gracePeriodDays: 1, attestationReminderDays: 14 };
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: withReminder }, context: seed }).then([{
      type: 'ConfigurationChanged', data: { configuration: { ...base, attestationReminderDays: 14 }, previous: base, changedBy: 'governance-seed', changedAt: now.toISOString() },
    }]);
    const upgraded: ConfigurationEvent = { type: 'ConfigurationChanged', data: { configuration: { ...base, attestationReminderDays: 7 }, previous: base, changedBy: 'gov-1', changedAt: now.toISOString() } };
    spec.given([seeded, upgraded]).when({ type: 'SeedConfiguration', data: { configuration: withReminder }, context: seed }).then([]);
  });

  it('a seed file out of range is refused', () => {
    spec.given([]).when({ type: 'SeedConfiguration', data: { configuration: { ...base, resignPeriodDays: 0 } }, context: seed }).thenThrows('configuration-out-of-range', { kind: 'invalid', field: 'resignPeriodDays' });
  });
});

describe('changing the configuration', () => {
  it('a change records the new and the previous numbers, who changed them and when', () => {
    spec.given([seeded]).when(change({ gracePeriodDays: 14 })).then([{
      type: 'ConfigurationChanged', data: { configuration: { ...base, gracePeriodDays: 14 }, previous: base, changedBy: 'gov-1', changedAt: now.toISOString() },
    }]);
  });

  it('the change is the configuration from then on', () => {
    spec.given([seeded]).when(change({ computeTolerancePercent: 12.5 })).thenState({ configuration: { ...base, computeTolerancePercent: 12.5 } });
  });

  it('the same numbers again change nothing', () => {
    spec.given([seeded]).when(change({})).then([]);
  });

  it.each([
    ['attestationPeriodMonths', 0], ['attestationPeriodMonths', 25], ['attestationPeriodMonths', 1.5], ['attestationWindowDays', -1], ['attestationWindowDays', 91],
    ['gracePeriodDays', 366], ['resignPeriodDays', 0], ['computeTolerancePercent', 101], ['computeTolerancePercent', Number.NaN],
    ['attestationReminderDays', 0], ['attestationReminderDays', 91], ['attestationReminderDays', 1.5],
  ] as Array<[keyof GovernanceConfiguration, number]>)('%s = %s is out of range', (field, value) => {
    spec.given([seeded]).when(change({ [field]: value })).thenThrows('configuration-out-of-range', { kind: 'invalid', field });
  });

  it('nothing can be changed before the seed', () => {
    spec.given([]).when(change({})).thenThrows('configuration-not-seeded', { kind: 'not_found' });
  });
});
