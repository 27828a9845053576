import { gpuHoursOf, tresCount } from './billing';
import type { FinishedJob } from './sacct-window';

const rules = [{ name: 'booster', billing: 'gpu' as const, weight: 1 }, { name: 'dcgp', billing: 'weight' as const, weight: 0.5 }];
const job = (partition: string, allocTres: string, elapsedSeconds: number): FinishedJob => ({ jobId: '1', account: 'a', partition, end: 0, elapsedSeconds, state: 'COMPLETED', allocTres, line: '' });

describe('GPU-hours as the site bills them', () => {
  it('bills a gpu partition by AllocTRES gres/gpu x elapsed hours', () => {
    expect(gpuHoursOf(job('booster', 'billing=8,cpu=32,gres/gpu=4,node=1', 5400), rules)).toBe(6);
  });

  it('bills a weighted partition by the billing TRES (TRESBillingWeights applied by Slurm) x elapsed hours x weight', () => {
    // Test bed dcgp: CPU=0.5,GRES/gpu=2.0: 8 CPUs and 2 GPUs bill 8.
    expect(gpuHoursOf(job('dcgp', 'billing=8,cpu=8,gres/gpu=2,node=1', 3600), rules)).toBe(4);
  });

  it('counts typed GPUs (gres/gpu:a100=4) and bills nothing for a partition it does not know', () => {
    expect(tresCount('cpu=8,gres/gpu:a100=4,node=1', 'gres/gpu')).toBe(4);
    expect(gpuHoursOf(job('login', 'gres/gpu=1', 3600), rules)).toBeNull();
  });
});
