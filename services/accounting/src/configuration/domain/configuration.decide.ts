import { invalid, notFound } from '@hpc-access/eventsourcing';
import { ACCESS_MODES } from '@hpc-access/contracts';
import { CONFIGURATION_NAMES, VersionedConfiguration } from '@hpc-access/versioned-configuration';
import { isTimeZone } from '../../usage/domain/time-zones';
import { CONFIGURATION_STREAM, JOB_STATES, type AccountingConfiguration, type PartitionBilling, type UsageChecks } from './configuration';

/** Rules a configuration must keep whatever its shape: the edge checks types, this checks sense. */
export function assertValidConfiguration(c: AccountingConfiguration): void {
  const seen = new Set<string>();
  c.partitions.forEach((p, i) => {
    const key = `${p.system}/${p.partition}`;
    if (seen.has(key)) throw invalid('duplicate-partition-rule', `${key} has more than one billing rule`, `partitions.${i}`);
    seen.add(key);
    if (!(p.gpusPerNode >= 1)) throw invalid('invalid-gpus-per-node', 'gpusPerNode must be at least 1', `partitions.${i}.gpusPerNode`);
    if (!(p.peakFlopsPerGpu > 0)) throw invalid('invalid-peak-flops', 'peakFlopsPerGpu must be positive', `partitions.${i}.peakFlopsPerGpu`);
    if (p.nodes !== undefined && !(Number.isInteger(p.nodes) && p.nodes >= 1)) throw invalid('invalid-nodes', 'nodes must be a whole number of at least 1', `partitions.${i}.nodes`);
    if (p.chargedStates) assertChargedStates(p.chargedStates, `partitions.${i}.chargedStates`);
  });
  if (!(c.utilisationFactor > 0 && c.utilisationFactor <= 1)) {
    throw invalid('invalid-utilisation-factor', 'utilisationFactor must be above 0 and at most 1', 'utilisationFactor');
  }
  if (c.thresholdsPercent.length === 0) throw invalid('no-thresholds', 'at least one threshold is needed', 'thresholdsPercent');
  c.thresholdsPercent.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 1 || t > 1000) throw invalid('invalid-threshold', 'thresholds are whole percentages from 1 to 1000', `thresholdsPercent.${i}`);
    if (i > 0 && t <= c.thresholdsPercent[i - 1]) throw invalid('thresholds-not-ascending', 'thresholds must be strictly ascending', `thresholdsPercent.${i}`);
  });
  for (const mode of ACCESS_MODES) {
    if (!c.overusePolicy[mode]) throw invalid('missing-overuse-policy', `no overuse policy for ${mode}`, `overusePolicy.${mode}`);
  }
  if (!(c.underuseSharePercent >= 0 && c.underuseSharePercent <= 100)) {
    throw invalid('invalid-underuse-share', 'underuseSharePercent must be from 0 to 100', 'underuseSharePercent');
  }
  if (c.usageChecks) assertUsageChecks(c.usageChecks);
  const sites = new Set<string>();
  (c.siteTimeZones ?? []).forEach((s, i) => {
    if (sites.has(s.siteId)) throw invalid('duplicate-site-time-zone', `site ${s.siteId} has more than one time zone`, `siteTimeZones.${i}.siteId`);
    sites.add(s.siteId);
    if (!isTimeZone(s.timeZone)) throw invalid('unknown-time-zone', `${s.timeZone} is not an IANA time zone such as Europe/Helsinki`, `siteTimeZones.${i}.timeZone`);
  });
}

function assertUsageChecks(u: UsageChecks): void {
  if (!(u.graceHoursAfterEnd >= 0 && u.graceHoursAfterEnd <= 24 * 31)) throw invalid('invalid-grace', 'graceHoursAfterEnd must be from 0 to 744 hours', 'usageChecks.graceHoursAfterEnd');
  if (!(u.futureToleranceMinutes >= 0 && u.futureToleranceMinutes <= 24 * 60)) throw invalid('invalid-future-tolerance', 'futureToleranceMinutes must be from 0 to 1440', 'usageChecks.futureToleranceMinutes');
  if (!(u.monthlyQuotaMarginPercent >= 0 && u.monthlyQuotaMarginPercent <= 1000)) throw invalid('invalid-quota-margin', 'monthlyQuotaMarginPercent must be from 0 to 1000', 'usageChecks.monthlyQuotaMarginPercent');
}

/**
 * A data directory seeded before the usage checks existed gets them from the seed at its next
 * start (one ConfigurationChanged by the system), with each partition's node count where the seed
 * has the same partition: the configuration then shows every number in force.
 */
export function upgradeFromSeed(current: AccountingConfiguration, seed: AccountingConfiguration): AccountingConfiguration | undefined {
  if (current.usageChecks || !seed.usageChecks) return undefined;
  const nodesOf = (p: PartitionBilling) => seed.partitions.find((s) => s.system === p.system && s.partition === p.partition)?.nodes;
  return {
    ...current,
    partitions: current.partitions.map((p) => (p.nodes === undefined && nodesOf(p) !== undefined ? { ...p, nodes: nodesOf(p) } : p)),
    usageChecks: seed.usageChecks,
  };
}

/** A completed job is always charged; a state listed twice is a typing slip. */
function assertChargedStates(states: string[], field: string): void {
  if (!states.includes('COMPLETED')) throw invalid('completed-not-charged', 'COMPLETED jobs are always charged: list COMPLETED', field);
  states.forEach((state, i) => {
    if (states.indexOf(state) !== i) throw invalid('duplicate-charged-state', `${state} is listed twice`, `${field}.${i}`);
    if (!(JOB_STATES as readonly string[]).includes(state)) throw invalid('unknown-job-state', `${state} is not a Slurm job state`, `${field}.${i}`);
  });
}

/** Seeded from the file at first start, changed by staff; saying again what is in force records nothing. */
export const accountingConfiguration = new VersionedConfiguration(CONFIGURATION_STREAM, {
  names: CONFIGURATION_NAMES,
  validate: assertValidConfiguration,
  whenUnchanged: 'ignore',
  notSeeded: () => notFound('configuration-not-seeded', 'accounting has no configuration yet'),
  seeded: () => ({}),
  changed: () => ({}),
  upgrade: upgradeFromSeed,
});

export const configurationDecider = accountingConfiguration.decider;
