import type { AccountingConfiguration } from '../../configuration/domain/configuration';
import { chargeOf, parseAllocTres } from './charging';
import type { JobRecord } from './job-record';

const configuration: AccountingConfiguration = {
  partitions: [
    { system: 'lumi', partition: 'lumi-g', billing: 'node', gpusPerNode: 4, peakFlopsPerGpu: 383e12 },
    { system: 'leonardo', partition: 'booster', billing: 'gres', gpusPerNode: 4, peakFlopsPerGpu: 312e12 },
  ],
  utilisationFactor: 0.5,
  thresholdsPercent: [75, 90, 100],
  overusePolicy: { playground: 'suspend', 'fast-lane': 'suspend', 'large-scale': 'lower-priority' },
  underuseSharePercent: 70,
};
const record = (overrides: Partial<JobRecord>): JobRecord => ({
  system: 'lumi', jobId: '1', account: 'p', partition: 'lumi-g', start: '2026-11-30T20:00:00.000Z', end: '2026-12-01T02:00:00.000Z',
  elapsedSeconds: 6 * 3600, state: 'COMPLETED', allocTres: 'billing=256,cpu=256,gres/gpu=16,node=2', consumedEnergyJoules: 7_200_000, ...overrides,
});

describe('charging a job record', () => {
  it('reads GPUs and nodes from AllocTRES, typed GPUs included', () => {
    expect(parseAllocTres('billing=8,cpu=56,gres/gpu=4,mem=480G,node=1')).toEqual({ gpus: 4, nodes: 1 });
    expect(parseAllocTres('cpu=32,gres/gpu:a100=2,node=1')).toEqual({ gpus: 2, nodes: 1 });
    expect(parseAllocTres('cpu=32,node=3')).toEqual({ gpus: 0, nodes: 3 });
    expect(parseAllocTres('')).toEqual({ gpus: 0, nodes: 0 });
  });

  it('bills whole nodes where the rule says node: 1 node-hour on LUMI-G = 4 GPU-hours', () => {
    expect(chargeOf(record({}), configuration)).toEqual({ gpus: 8, gpuHours: 48, energyKwh: 2, estimatedFlop: 48 * 3600 * 383e12 * 0.5, month: '2026-12' });
  });

  it('counts gres/gpu where the rule says gres', () => {
    const charge = chargeOf(record({ system: 'leonardo', partition: 'booster', allocTres: 'cpu=32,gres/gpu=3,node=1', elapsedSeconds: 1800 }), configuration);
    expect(charge).toEqual({ gpus: 3, gpuHours: 1.5, energyKwh: 2, estimatedFlop: 1.5 * 3600 * 312e12 * 0.5, month: '2026-12' });
  });

  it('has no charge for a partition without a billing rule', () => {
    expect(chargeOf(record({ partition: 'lumi-c' }), configuration)).toBeNull();
  });
});

describe('charging by job state', () => {
  const withStates = (chargedStates: AccountingConfiguration['partitions'][number]['chargedStates']): AccountingConfiguration => ({
    ...configuration,
    partitions: configuration.partitions.map((p) => (p.partition === 'booster' ? { ...p, chargedStates } : p)),
  });
  const booster = (state: string) => record({ system: 'leonardo', partition: 'booster', allocTres: 'cpu=32,gres/gpu=2,node=1', elapsedSeconds: 3600, state });

  it('charges every state in full where the partition lists none (as before)', () => {
    for (const state of ['COMPLETED', 'FAILED', 'CANCELLED by 0', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'PREEMPTED']) expect(chargeOf(booster(state), configuration)?.gpuHours).toBe(2);
  });

  it('charges the listed states only; another state is recorded with 0 GPU-hours and the reason', () => {
    const config = withStates(['COMPLETED', 'TIMEOUT']);
    expect(chargeOf(booster('TIMEOUT'), config)).toMatchObject({ gpus: 2, gpuHours: 2 });
    expect(chargeOf(booster('CANCELLED by 1000'), config)).toEqual({ gpus: 2, gpuHours: 0, energyKwh: 2, estimatedFlop: 0, month: '2026-12', notCharged: 'state-not-charged' });
    expect(chargeOf(booster('FAILED'), config)).toMatchObject({ gpuHours: 0, notCharged: 'state-not-charged' });
    expect(chargeOf(record({ state: 'FAILED' }), config)).toMatchObject({ gpuHours: 48 });
  });
});
