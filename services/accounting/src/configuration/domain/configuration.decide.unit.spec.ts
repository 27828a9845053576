import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import { deciderSpec } from '@hpc-access/testing';
import type { AccountingConfiguration, ConfigurationEvent } from './configuration';
import { configurationDecider } from './configuration.decide';

const context = { now: new Date('2026-11-02T09:00:00Z'), actor: { id: 'officer-1', role: 'accounting-officer' } };
const { $comment: _comment, ...seed } = JSON.parse(readFileSync(findRepoFile('infra/seed/accounting.json'), 'utf8')) as AccountingConfiguration & { $comment: string };
const seeded: ConfigurationEvent = { type: 'ConfigurationSeeded', data: { configuration: seed } };
const spec = deciderSpec(configurationDecider);
const change = (edit: Partial<AccountingConfiguration>) => ({ type: 'ChangeConfiguration' as const, data: { configuration: { ...seed, ...edit } }, context });

describe('the accounting configuration', () => {
  it('is seeded from the file at first start, and only then', () => {
    spec.given([]).when({ type: 'SeedConfiguration', data: { configuration: seed }, context }).then([seeded]);
    spec.given([seeded]).when({ type: 'SeedConfiguration', data: { configuration: { ...seed, utilisationFactor: 0.5 } }, context }).then([]);
  });

  it('takes the usage checks and node counts from the seed when its stored version predates them, once', () => {
    const { usageChecks: _checks, ...older } = seed;
    const old: AccountingConfiguration = { ...older, partitions: seed.partitions.map(({ nodes: _nodes, ...p }) => p) };
    const before: ConfigurationEvent = { type: 'ConfigurationSeeded', data: { configuration: old } };
    spec.given([before]).when({ type: 'SeedConfiguration', data: { configuration: seed }, context }).then([{ type: 'ConfigurationChanged', data: { configuration: seed } }]);
    spec.given([before, { type: 'ConfigurationChanged', data: { configuration: seed } }]).when({ type: 'SeedConfiguration', data: { configuration: seed }, context }).then([]);
  });

  it('refuses usage checks and node counts out of range, naming the field', () => {
    spec.given([seeded]).when(change({ usageChecks: { graceHoursAfterEnd: -1, futureToleranceMinutes: 15, monthlyQuotaMarginPercent: 50 } })).thenThrows('invalid-grace', { field: 'usageChecks.graceHoursAfterEnd' });
    spec.given([seeded]).when(change({ partitions: [{ ...seed.partitions[0], nodes: 0 }] })).thenThrows('invalid-nodes', { field: 'partitions.0.nodes' });
  });

  it('is changed by staff, each change one event', () => {
    spec.given([seeded]).when(change({ utilisationFactor: 0.5 })).then([{ type: 'ConfigurationChanged', data: { configuration: { ...seed, utilisationFactor: 0.5 } } }]);
    spec.given([seeded]).when(change({ thresholdsPercent: [80, 100] })).thenState({ configuration: { ...seed, thresholdsPercent: [80, 100] } });
  });

  it('records nothing when the change changes nothing', () => {
    spec.given([seeded]).when(change({})).then([]);
  });

  it('cannot be changed before it was seeded', () => {
    spec.given([]).when(change({})).thenThrows('configuration-not-seeded', { kind: 'not_found' });
  });

  it('has one billing rule per system and partition', () => {
    spec.given([seeded]).when(change({ partitions: [...seed.partitions, seed.partitions[1]] }))
      .thenThrows('duplicate-partition-rule', { kind: 'invalid', field: `partitions.${seed.partitions.length}` });
  });

  it('has at least one GPU per node and a positive peak', () => {
    spec.given([seeded]).when(change({ partitions: [{ ...seed.partitions[0], gpusPerNode: 0 }] })).thenThrows('invalid-gpus-per-node', { field: 'partitions.0.gpusPerNode' });
    spec.given([seeded]).when(change({ partitions: [{ ...seed.partitions[0], peakFlopsPerGpu: 0 }] })).thenThrows('invalid-peak-flops', { field: 'partitions.0.peakFlopsPerGpu' });
  });

  it('has a utilisation factor above 0 and at most 1', () => {
    spec.given([seeded]).when(change({ utilisationFactor: 0 })).thenThrows('invalid-utilisation-factor', { field: 'utilisationFactor' });
    spec.given([seeded]).when(change({ utilisationFactor: 1.2 })).thenThrows('invalid-utilisation-factor', { field: 'utilisationFactor' });
  });

  it('has whole, strictly ascending thresholds from 1 to 1000 %', () => {
    spec.given([seeded]).when(change({ thresholdsPercent: [] })).thenThrows('no-thresholds', { field: 'thresholdsPercent' });
    spec.given([seeded]).when(change({ thresholdsPercent: [75, 0] })).thenThrows('invalid-threshold', { field: 'thresholdsPercent.1' });
    spec.given([seeded]).when(change({ thresholdsPercent: [75.5] })).thenThrows('invalid-threshold', { field: 'thresholdsPercent.0' });
    spec.given([seeded]).when(change({ thresholdsPercent: [90, 75] })).thenThrows('thresholds-not-ascending', { field: 'thresholdsPercent.1' });
  });

  it('has an overuse policy for every mode', () => {
    const { 'large-scale': _dropped, ...partial } = seed.overusePolicy;
    spec.given([seeded]).when(change({ overusePolicy: partial as AccountingConfiguration['overusePolicy'] })).thenThrows('missing-overuse-policy', { field: 'overusePolicy.large-scale' });
  });

  it('has an underuse share from 0 to 100 %', () => {
    spec.given([seeded]).when(change({ underuseSharePercent: 101 })).thenThrows('invalid-underuse-share', { field: 'underuseSharePercent' });
    spec.given([seeded]).when(change({ underuseSharePercent: -1 })).thenThrows('invalid-underuse-share', { field: 'underuseSharePercent' });
  });

  it('charges per partition the job states it lists, COMPLETED always among them, each a Slurm state listed once', () => {
    const withStates = (chargedStates: string[]) => change({ partitions: seed.partitions.map((p, i) => (i === 0 ? { ...p, chargedStates } : p)) as AccountingConfiguration['partitions'] });
    spec.given([seeded]).when(withStates(['COMPLETED', 'TIMEOUT'])).then([{ type: 'ConfigurationChanged', data: { configuration: withStates(['COMPLETED', 'TIMEOUT']).data.configuration } }]);
    spec.given([seeded]).when(withStates(['TIMEOUT'])).thenThrows('completed-not-charged', { field: 'partitions.0.chargedStates' });
    spec.given([seeded]).when(withStates(['COMPLETED', 'TIMEOUT', 'TIMEOUT'])).thenThrows('duplicate-charged-state', { field: 'partitions.0.chargedStates.2' });
    spec.given([seeded]).when(withStates(['COMPLETED', 'RUNNING'])).thenThrows('unknown-job-state', { field: 'partitions.0.chargedStates.1' });
  });

  it('reads each site in one IANA time zone', () => {
    spec.given([seeded]).when(change({ siteTimeZones: [{ siteId: 'csc', timeZone: 'Europe/Helsinki' }] })).thenState({ configuration: { ...seed, siteTimeZones: [{ siteId: 'csc', timeZone: 'Europe/Helsinki' }] } });
    spec.given([seeded]).when(change({ siteTimeZones: [{ siteId: 'csc', timeZone: 'EET+2' }] })).thenThrows('unknown-time-zone', { field: 'siteTimeZones.0.timeZone' });
    spec.given([seeded]).when(change({ siteTimeZones: [{ siteId: 'csc', timeZone: 'UTC' }, { siteId: 'csc', timeZone: 'Europe/Helsinki' }] })).thenThrows('duplicate-site-time-zone', { field: 'siteTimeZones.1.siteId' });
  });
});
