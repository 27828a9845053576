import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/eventstore-postgres';
import { deciderSpec } from '@hpc-access/testing';
import { configurationDecider } from './configuration.decide';
import { monthlyCapacity, type AllocationConfiguration, type ConfigurationEvent } from './configuration';

const seed = JSON.parse(readFileSync(findRepoFile('infra/seed/allocation.json'), 'utf8')) as AllocationConfiguration;
const context = { now: new Date('2026-11-02T09:00:00.000Z'), actor: { id: 'admin-1', role: 'administrator' } };
const spec = deciderSpec(configurationDecider);
const seeded: ConfigurationEvent = { type: 'ConfigurationSeeded', data: { configuration: seed, seededAt: '2026-11-02T09:00:00.000Z' } };

describe('allocation configuration', () => {
  it('the seed becomes the first event, and only the first', () => {
    spec.when({ type: 'SeedConfiguration', data: { configuration: seed }, context }).then([seeded]);
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: { ...seed, holdLifetimeDays: 1 } }, context }).then([]);
  });

  it('the seed derives capacity from nodes, GPUs, 730 hours and the programme share', () => {
    expect(monthlyCapacity(seed, 'vega', 'gpu', 'continuous')).toBe(8760);
    expect(monthlyCapacity(seed, 'vega', 'gpu', 'large-scale')).toBe(17520);
    expect(monthlyCapacity(seed, 'nowhere', 'gpu', 'continuous')).toBe(0);
  });

  it('staff change it; each change is an event', () => {
    const changed = { ...seed, holdLifetimeDays: 14 };
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: changed }, context }).then([{ type: 'ConfigurationChanged', data: { configuration: changed, changedAt: '2026-11-02T09:00:00.000Z' } }]);
  });

  it('a change before the seed, or to exactly the same, is refused', () => {
    spec.when({ type: 'ChangeConfiguration', data: { configuration: seed }, context }).thenThrows('configuration-not-seeded', { kind: 'not_found' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: seed }, context }).thenThrows('configuration-unchanged', { kind: 'conflict' });
  });

  it('weights add up to 1, mode codes and partitions are unique', () => {
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: { ...seed, scoring: { ...seed.scoring, weights: { excellence: 0.5, innovationAndImpact: 0.5, implementation: 0.5 } } } }, context })
      .thenThrows('weights-not-normalised', { kind: 'invalid', field: 'scoring.weights' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: { ...seed, modes: { ...seed.modes, 'fast-lane': { code: 'PG', targetWorkingDays: 4 } } } }, context })
      .thenThrows('duplicate-mode-code', { kind: 'invalid', field: 'modes' });
    spec.given([seeded]).when({ type: 'ChangeConfiguration', data: { configuration: { ...seed, systems: [...seed.systems, seed.systems[0]] } }, context })
      .thenThrows('duplicate-partition', { kind: 'invalid', field: 'systems' });
  });
});
