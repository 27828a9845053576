import type { AllocationTerms } from '../../allocations/domain/allocation-account';
import type { PartitionBilling, UsageChecks } from '../../configuration/domain/configuration';
import { parseAllocTres } from './charging';
import type { JobRecord } from './job-record';

// Small named rules on one job record, each a reason it is kept but not charged.

/** A record that cannot describe a job that ran on the partition. */
export type ImplausibleReason = 'end-before-start' | 'more-gpus-per-node-than-partition' | 'more-nodes-than-partition';
/** A record whose job did not run inside its allocation's dates, or has not ended yet by the receiver's clock. */
export type DatesReason = 'before-start' | 'after-end' | 'in-future';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** An end before the start, or more nodes or GPUs per node than the partition has (its shape is configuration). */
export function implausibilityOf(record: JobRecord, rule: PartitionBilling | undefined): ImplausibleReason | undefined {
  if (record.start !== null && Date.parse(record.end) < Date.parse(record.start)) return 'end-before-start';
  if (!rule) return undefined;
  const { gpus, nodes } = parseAllocTres(record.allocTres);
  if (rule.nodes !== undefined && nodes > rule.nodes) return 'more-nodes-than-partition';
  // Only where GPUs are counted from gres: on a partition billed per node the gres count is the
  // site's own unit (LUMI-G reports 8 GCDs per node of 4 billed MI250X modules). Without node= in
  // AllocTRES a job ran on at least one node.
  if (rule.billing === 'gres' && gpus > rule.gpusPerNode * Math.max(nodes, 1)) return 'more-gpus-per-node-than-partition';
  return undefined;
}

/** A job that ends later than the time it was received (give or take the tolerance) has not ended. */
export function isInFuture(record: JobRecord, receivedAt: Date, checks: UsageChecks): boolean {
  return Date.parse(record.end) > receivedAt.getTime() + checks.futureToleranceMinutes * MINUTE_MS;
}

/**
 * Inside the allocation's dates. A record is dated by its end, as it is by the month it burns: it
 * is before the start when it ended before the allocation's first day (00:00 UTC), after the end
 * when it ended later than the end (the first day after the allocation, 00:00 UTC) plus the grace
 * period, which lets a job that ran over the last midnight be charged.
 */
export function outsideDatesOf(record: JobRecord, terms: Pick<AllocationTerms, 'start' | 'end'>, checks: UsageChecks): 'before-start' | 'after-end' | undefined {
  const ended = Date.parse(record.end);
  if (ended < Date.parse(`${terms.start}T00:00:00.000Z`)) return 'before-start';
  if (ended > Date.parse(`${terms.end}T00:00:00.000Z`) + checks.graceHoursAfterEnd * HOUR_MS) return 'after-end';
  return undefined;
}
