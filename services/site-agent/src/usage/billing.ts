import type { FinishedJob } from './sacct-window';

export interface PartitionRule {
  name: string;
  billing: 'gpu' | 'weight';
  weight: number;
}

/** A count in an AllocTRES list (`billing=8,cpu=56,gres/gpu=4,node=1`); typed GPUs (`gres/gpu:a100=4`) count too. */
export function tresCount(tres: string, key: 'gres/gpu' | 'billing'): number {
  let count = 0;
  for (const part of tres.split(',')) {
    const [name = '', value = ''] = part.split('=');
    if (!/^\d+(?:\.\d+)?$/.test(value)) continue;
    if (name === key) return Number(value);
    if (key === 'gres/gpu' && name.startsWith('gres/gpu:') && count === 0) count = Number(value);
  }
  return count;
}

/**
 * GPU-hours as the site bills the job: `gpu` partitions by the GPUs allocated (AllocTRES
 * gres/gpu) x elapsed hours; `weight` partitions by Slurm's billing TRES (TRESBillingWeights
 * applied) x elapsed hours x the configured weight. Null for a partition the configuration does
 * not bill.
 */
export function gpuHoursOf(job: FinishedJob, rules: readonly PartitionRule[]): number | null {
  const rule = rules.find((r) => r.name === job.partition);
  if (!rule) return null;
  const hours = job.elapsedSeconds / 3600;
  return rule.billing === 'gpu' ? tresCount(job.allocTres, 'gres/gpu') * hours : tresCount(job.allocTres, 'billing') * hours * rule.weight;
}
