import type { AccessMode, OveruseAction } from '@hpc-access/contracts';
import { CONFIGURATION_NAMES, type ConfigurationEvent as EventOf, type ConfigurationState as StateOf } from '@hpc-access/versioned-configuration';

/** How a partition turns an AllocTRES into GPUs: count `gres/gpu`, or bill whole nodes (LUMI-G). */
export type BillingUnit = 'gres' | 'node';

export interface PartitionBilling {
  /** The system id as sites send it (`lumi`). */
  system: string;
  /** The Slurm partition as it appears in job records (`lumi-g`). */
  partition: string;
  billing: BillingUnit;
  gpusPerNode: number;
  /**
   * Nodes the partition has: a job record on more cannot be real (flagged, not charged). The same
   * figure as allocation's capacity configuration; accounting keeps its own (it learns no
   * partition shapes from allocation's events). Absent: not checked.
   */
  nodes?: number;
  /** Peak FLOP/s of one GPU of the partition, for the training compute estimate. */
  peakFlopsPerGpu: number;
  /**
   * The Slurm job states this partition charges (sites bill failed or cancelled jobs differently);
   * COMPLETED is always among them. Absent: every state is charged in full.
   */
  chargedStates?: JobState[];
}

/** The states a finished Slurm job allocation can end in (`sacct` State, without `by <uid>`). */
export const JOB_STATES = ['COMPLETED', 'FAILED', 'CANCELLED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'PREEMPTED', 'BOOT_FAIL', 'DEADLINE', 'REQUEUED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A hosting site's time zone: Slurm prints local times without a zone (ADR 20). */
export interface SiteTimeZone {
  siteId: string;
  /** IANA zone name, `Europe/Helsinki`. */
  timeZone: string;
}

/** Every number accounting uses: seeded from infra/seed/accounting.json, changed by staff. */
export interface AccountingConfiguration {
  partitions: PartitionBilling[];
  /** Share of peak a training run is assumed to reach (estimated FLOP = GPU-h x 3600 x peak x this). */
  utilisationFactor: number;
  /** Alerts at these shares of the award, ascending. */
  thresholdsPercent: number[];
  /** What happens at 100 % of the award, per access mode. */
  overusePolicy: Record<AccessMode, OveruseAction>;
  /** At mid-term, use below this share of plan to date is flagged as underuse. */
  underuseSharePercent: number;
  /** Where zone-less `sacct` times of each site are read; a site not listed must send its zone (or UTC). */
  siteTimeZones?: SiteTimeZone[];
  /** Which records are charged by their dates, and when a month's burn is flagged; absent: USAGE_CHECK_DEFAULTS. */
  usageChecks?: UsageChecks;
}

/** The numbers of the checks on a record's dates and a month's burn. */
export interface UsageChecks {
  /** A job may end this many hours after the allocation's end and still be charged (it started inside). */
  graceHoursAfterEnd: number;
  /** A job ending later than the time it is received plus this is in the future: flagged (a site's clock is off). */
  futureToleranceMinutes: number;
  /** A month whose burn passes its quota by more than this share of the quota is flagged (50: above 150 %). */
  monthlyQuotaMarginPercent: number;
}

/** For configurations recorded before the checks existed (the seed's figures; the start upgrades them). */
export const USAGE_CHECK_DEFAULTS: UsageChecks = { graceHoursAfterEnd: 24, futureToleranceMinutes: 15, monthlyQuotaMarginPercent: 50 };

export const usageChecksOf = (configuration: AccountingConfiguration): UsageChecks => configuration.usageChecks ?? USAGE_CHECK_DEFAULTS;

export const CONFIGURATION_STREAM = 'accounting-configuration';

type Names = typeof CONFIGURATION_NAMES;
/** Accounting's events record the configuration alone: who and when are in the envelope. */
export type ConfigurationEvent = EventOf<Names, AccountingConfiguration>;
export type ConfigurationState = StateOf<Names, AccountingConfiguration>;

/** The billing rule of a partition, if the programme has one. */
export function billingRuleFor(configuration: AccountingConfiguration, system: string, partition: string): PartitionBilling | undefined {
  return configuration.partitions.find((p) => p.system === system && p.partition === partition);
}

/** `CANCELLED by 1234` is CANCELLED: sacct appends who cancelled. */
export const jobStateOf = (state: string): string => state.trim().split(/\s+/)[0].toUpperCase();

/** Whether the partition charges a job that ended in this state (every state when none are listed). */
export function isStateCharged(rule: PartitionBilling, state: string): boolean {
  return rule.chargedStates === undefined || (rule.chargedStates as string[]).includes(jobStateOf(state));
}

/** The configured zone of a site's local times, if any. */
export function timeZoneOfSite(configuration: AccountingConfiguration, siteId: string): string | undefined {
  return configuration.siteTimeZones?.find((s) => s.siteId === siteId)?.timeZone;
}
