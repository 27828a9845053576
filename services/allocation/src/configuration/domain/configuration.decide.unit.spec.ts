import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import { deciderSpec } from '@hpc-access/testing';
import { configurationDecider } from './configuration.decide';
import { monthlyCapacity, systemsHostedBy, type AllocationConfiguration, type ConfigurationEvent } from './configuration';

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

  it('names the systems each seeded site hosts', () => {
    expect(systemsHostedBy(seed, 'cineca')).toEqual(['leonardo']);
    expect(systemsHostedBy(seed, 'csc')).toEqual(['lumi']);
    expect(systemsHostedBy(seed, 'nowhere')).toEqual([]);
  });

  it('each system is hosted by exactly one known site', () => {
    const withSites = (sites: AllocationConfiguration['sites']) => ({ type: 'ChangeConfiguration' as const, data: { configuration: { ...seed, sites } }, context });
    const others = seed.sites.filter((s) => s.id !== 'cineca' && s.id !== 'csc');
    spec.given([seeded]).when(withSites(others)).thenThrows('system-without-site', { kind: 'invalid', field: 'sites' });
    spec.given([seeded]).when(withSites([...others, { id: 'cineca', name: 'CINECA', systems: ['leonardo', 'lumi'] }, { id: 'csc', name: 'CSC', systems: ['lumi'] }]))
      .thenThrows('system-hosted-twice', { kind: 'invalid', field: 'sites.8.systems' });
    spec.given([seeded]).when(withSites([...seed.sites, { id: 'hlrs', name: 'HLRS', systems: ['hawk'] }])).thenThrows('unknown-hosted-system', { kind: 'invalid', field: 'sites.9.systems' });
    spec.given([seeded]).when(withSites([...seed.sites, { id: 'csc', name: 'CSC again', systems: [] }])).thenThrows('duplicate-site', { kind: 'invalid', field: 'sites' });
    const moved = [...others, { id: 'cineca', name: 'CINECA', systems: ['leonardo', 'lumi'] }, { id: 'csc', name: 'CSC', systems: [] }];
    spec.given([seeded]).when(withSites(moved)).then([{ type: 'ConfigurationChanged', data: { configuration: { ...seed, sites: moved }, changedAt: '2026-11-02T09:00:00.000Z' } }]);
  });

  it('a configuration recorded before sites existed gets the seed\'s map, as a change, at the next start', () => {
    const { sites: _sites, ...withoutSites } = seed;
    const old = { ...withoutSites, systems: seed.systems.filter((s) => s.id !== 'discoverer-plus') } as AllocationConfiguration;
    const upgraded = { ...old, sites: seed.sites.map((s) => (s.id === 'sofia' ? { ...s, systems: [] } : s)) };
    spec.given([{ type: 'ConfigurationSeeded', data: { configuration: old, seededAt: '2026-01-01T00:00:00.000Z' } }])
      .when({ type: 'SeedConfiguration', data: { configuration: seed }, context })
      .then([{ type: 'ConfigurationChanged', data: { configuration: upgraded, changedAt: '2026-11-02T09:00:00.000Z' } }]);
  });
});
