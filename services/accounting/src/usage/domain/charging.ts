import { billingRuleFor, isStateCharged, type AccountingConfiguration } from '../../configuration/domain/configuration';
import type { JobRecord } from './job-record';

const JOULES_PER_KWH = 3_600_000;

/** The resources of an AllocTRES string (`billing=8,cpu=56,gres/gpu=4,mem=..,node=1`). */
export function parseAllocTres(tres: string): { gpus: number; nodes: number } {
  let gpus = 0;
  let nodes = 0;
  for (const part of tres.split(',')) {
    const [key, value] = part.split('=');
    const count = Number(value);
    if (!Number.isFinite(count)) continue;
    // `gres/gpu=4`, or typed as `gres/gpu:a100=4` on sites that name the model.
    if (key === 'gres/gpu' || (key.startsWith('gres/gpu:') && gpus === 0)) gpus = count;
    if (key === 'node') nodes = count;
  }
  return { gpus, nodes };
}

export interface Charge {
  gpus: number;
  gpuHours: number;
  energyKwh: number;
  estimatedFlop: number;
  month: string;
  /** Set when the partition does not charge the job's state: recorded with 0 GPU-hours. */
  notCharged?: 'state-not-charged';
}

/**
 * Charged GPU-hours = elapsed hours x GPUs, the GPUs counted by the partition's billing rule;
 * null when the programme has no rule for the partition (the record is kept and flagged). A job
 * in a state the partition does not charge (a failed job, where the site does not bill those)
 * belongs to its allocation with 0 GPU-hours; the energy it used is still its allocation's.
 */
export function chargeOf(record: JobRecord, configuration: AccountingConfiguration): Charge | null {
  const rule = billingRuleFor(configuration, record.system, record.partition);
  if (!rule) return null;
  const tres = parseAllocTres(record.allocTres);
  const gpus = rule.billing === 'node' ? tres.nodes * rule.gpusPerNode : tres.gpus;
  const charged = isStateCharged(rule, record.state);
  const gpuHours = charged ? (record.elapsedSeconds / 3600) * gpus : 0;
  return {
    ...(charged ? {} : { notCharged: 'state-not-charged' as const }),
    gpus,
    gpuHours,
    energyKwh: record.consumedEnergyJoules / JOULES_PER_KWH,
    estimatedFlop: gpuHours * 3600 * rule.peakFlopsPerGpu * configuration.utilisationFactor,
    month: record.end.slice(0, 7),
  };
}
