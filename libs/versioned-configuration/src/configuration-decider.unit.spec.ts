import { InMemoryEventStore, StaleRevisionError, conflict, invalid } from '@hpc-access/eventsourcing';
import { deciderSpec } from '@hpc-access/testing';
import { CONFIGURATION_NAMES, VersionedConfiguration, configurationDecider, type ConfigurationRules } from './index';

interface Limits {
  maxHours: number;
  sites?: string[];
}

const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'admin-1', role: 'administrator' } };
const at = '2026-11-02T09:00:00.000Z';
const validate = (limits: Limits) => {
  if (limits.maxHours < 1) throw invalid('max-hours-too-low', 'at least one hour', 'maxHours');
};

describe('the configuration decider', () => {
  const rules: ConfigurationRules<typeof CONFIGURATION_NAMES, Limits, { reason?: string }, { seededAt: string }, { changedAt: string; changedBy: string; previous: Limits }> = {
    names: CONFIGURATION_NAMES,
    validate,
    whenUnchanged: 'ignore',
    seeded: (c) => ({ seededAt: c.now.toISOString() }),
    changed: ({ previous, context: c }) => ({ changedAt: c.now.toISOString(), changedBy: c.actor.id, previous }),
  };
  const spec = deciderSpec(configurationDecider(rules));
  const seeded = { type: 'ConfigurationSeeded' as const, data: { configuration: { maxHours: 10 }, seededAt: at } };

  it('writes the seed as the first event, and never again', () => {
    spec.when({ type: 'SeedConfiguration', data: { configuration: { maxHours: 10 } }, context }).then([seeded]);
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: { maxHours: 99 } }, context }).then([]);
  });

  it('validates the seed as it validates a change: the file does not pass through HTTP', () => {
    spec.when({ type: 'SeedConfiguration', data: { configuration: { maxHours: 0 } }, context }).thenThrows('max-hours-too-low', { kind: 'invalid', field: 'maxHours' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: { maxHours: 0 } }, context }).thenThrows('max-hours-too-low');
  });

  it('records a change with what the service adds to it, and holds the new configuration', () => {
    const change = { type: 'ChangeConfiguration' as const, data: { configuration: { maxHours: 20 } }, context };
    spec.given([seeded]).when(change).then([{ type: 'ConfigurationChanged', data: { configuration: { maxHours: 20 }, changedAt: at, changedBy: 'admin-1', previous: { maxHours: 10 } } }]);
    spec.given([seeded]).when(change).thenState({ configuration: { maxHours: 20 } });
  });

  it('refuses a change before the seed with 404, or with the service own answer', () => {
    spec.when({ type: 'ChangeConfiguration', data: { configuration: { maxHours: 20 } }, context }).thenThrows('configuration-not-seeded', { kind: 'not_found' });
    const own = deciderSpec(configurationDecider({ ...rules, notSeeded: () => conflict('not-seeded', 'not yet') }));
    own.when({ type: 'ChangeConfiguration', data: { configuration: { maxHours: 20 } }, context }).thenThrows('not-seeded', { kind: 'conflict' });
  });

  it('an unchanged configuration is ignored, refused or recorded, as the service says', () => {
    const reordered = { sites: ['a'], maxHours: 10 };
    const given = { type: 'ConfigurationSeeded' as const, data: { configuration: { maxHours: 10, sites: ['a'] }, seededAt: at } };
    const same = { type: 'ChangeConfiguration' as const, data: { configuration: reordered }, context };
    spec.given([given]).when(same).then([]);
    deciderSpec(configurationDecider({ ...rules, whenUnchanged: 'refuse' })).given([given]).when(same).thenThrows('configuration-unchanged', { kind: 'conflict' });
    deciderSpec(configurationDecider({ ...rules, whenUnchanged: 'record' })).given([given]).when(same).then([
      { type: 'ConfigurationChanged', data: { configuration: reordered, changedAt: at, changedBy: 'admin-1', previous: given.data.configuration } },
    ]);
    const byHours = deciderSpec(configurationDecider({ ...rules, same: (a, b) => a.maxHours === b.maxHours }));
    byHours.given([given]).when({ ...same, data: { configuration: { maxHours: 10, sites: ['b'] } } }).then([]);
  });

  it('completes an older configuration from the seed at the next start, as a change', () => {
    const upgrading = deciderSpec(configurationDecider({ ...rules, upgrade: (current, seed) => (current.sites ? undefined : { ...current, sites: seed.sites }) }));
    upgrading.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: { maxHours: 5, sites: ['x'] } }, context })
      .then([{ type: 'ConfigurationChanged', data: { configuration: { maxHours: 10, sites: ['x'] }, changedAt: at, changedBy: 'admin-1', previous: { maxHours: 10 } } }]);
    const complete = { ...seeded, data: { ...seeded.data, configuration: { maxHours: 10, sites: ['y'] } } };
    upgrading.given([complete]).when({ type: 'SeedConfiguration', data: { configuration: { maxHours: 5, sites: ['x'] } }, context }).then([]);
  });

  it('keeps the names a service already stored: event types and the payload key', () => {
    const names = { key: 'settings', seed: 'SeedSettings', change: 'ChangeSettings', seeded: 'SettingsSeeded', changed: 'SettingsChanged' } as const;
    const own = deciderSpec(configurationDecider({ names, validate, whenUnchanged: 'ignore', seeded: () => ({}), changed: ({ data }: { data: { settings: Limits; reason: string } }) => ({ reason: data.reason }) }));
    own.when({ type: 'SeedSettings', data: { settings: { maxHours: 3 } }, context }).then([{ type: 'SettingsSeeded', data: { settings: { maxHours: 3 } } }]);
    own.given([{ type: 'SettingsSeeded', data: { settings: { maxHours: 3 } } }]).when({ type: 'ChangeSettings', data: { settings: { maxHours: 4 }, reason: 'more' }, context })
      .then([{ type: 'SettingsChanged', data: { settings: { maxHours: 4 }, reason: 'more' } }]);
  });
});

describe('a versioned configuration on its stream', () => {
  const limits = new VersionedConfiguration('limits-configuration', {
    names: CONFIGURATION_NAMES,
    validate,
    whenUnchanged: 'ignore',
    seeded: () => ({}),
    changed: () => ({}),
  });
  const meta = { correlationId: 'c-1' };

  it('is missing until seeded, then read with the revision of its stream', async () => {
    const store = new InMemoryEventStore();
    await expect(limits.read(store)).resolves.toEqual({ configuration: null, revision: -1 });
    await expect(limits.current(store)).rejects.toMatchObject({ code: 'configuration-not-seeded' });
    await limits.seed(store, { maxHours: 10 }, context, meta);
    await limits.seed(store, { maxHours: 11 }, context, meta);
    await expect(limits.current(store)).resolves.toEqual({ configuration: { maxHours: 10 }, revision: 0 });
  });

  it('changes with the revision the caller read, and refuses a stale one', async () => {
    const store = new InMemoryEventStore();
    await limits.seed(store, { maxHours: 10 }, context, meta);
    await expect(limits.change(store, { configuration: { maxHours: 12 } }, context, { ...meta, expectedRevision: 0 })).resolves.toEqual({ configuration: { maxHours: 12 }, revision: 1 });
    await expect(limits.change(store, { configuration: { maxHours: 13 } }, context, { ...meta, expectedRevision: 0 })).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(limits.change(store, { configuration: { maxHours: 12 } }, context, meta)).resolves.toEqual({ configuration: { maxHours: 12 }, revision: 1 });
  });

  it('lists every version with who recorded it', async () => {
    const store = new InMemoryEventStore();
    await limits.seed(store, { maxHours: 10 }, { ...context, actor: { id: 'limits', role: 'system' } }, meta);
    await limits.change(store, { configuration: { maxHours: 12 } }, context, meta);
    expect(await limits.history(store)).toEqual([
      { type: 'ConfigurationSeeded', revision: 0, recordedAt: at, actor: { id: 'limits', role: 'system' }, data: { configuration: { maxHours: 10 } } },
      { type: 'ConfigurationChanged', revision: 1, recordedAt: at, actor: { id: 'admin-1', role: 'administrator' }, data: { configuration: { maxHours: 12 } } },
    ]);
  });
});
