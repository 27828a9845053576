import type { OpenAccount } from '../../allocations/domain/allocation-account';
import { USAGE_CHECK_DEFAULTS, type AccountingConfiguration } from '../../configuration/domain/configuration';
import { flagReasonFor, REASSESSABLE } from './assignment';
import { chargeOf } from './charging';
import type { JobRecord } from './job-record';

const configuration: AccountingConfiguration = {
  partitions: [
    { system: 'leonardo', partition: 'booster', billing: 'gres', gpusPerNode: 4, nodes: 3456, peakFlopsPerGpu: 312e12 },
    { system: 'lumi', partition: 'lumi-g', billing: 'node', gpusPerNode: 4, nodes: 2978, peakFlopsPerGpu: 383e12 },
  ],
  utilisationFactor: 0.4, thresholdsPercent: [75, 90, 100], overusePolicy: { playground: 'suspend', 'fast-lane': 'suspend', 'large-scale': 'lower-priority' }, underuseSharePercent: 70,
  usageChecks: USAGE_CHECK_DEFAULTS,
};
const account = {
  status: 'active',
  terms: { allocationId: 'a1', applicationId: 'p1', organisationId: 'org-1', projectId: 'EHPC-1', mode: 'playground', system: 'leonardo', partition: 'booster', gpuHours: 5000, monthlyQuotaGpuHours: 2500, start: '2026-11-01', end: '2027-01-01' },
} as OpenAccount;
const now = new Date('2026-12-15T12:00:00.000Z');
const job = (overrides: Partial<JobRecord> = {}): JobRecord => ({
  system: 'leonardo', jobId: '1', account: 'EHPC-1', partition: 'booster', start: '2026-12-10T08:00:00.000Z', end: '2026-12-10T10:00:00.000Z',
  elapsedSeconds: 7200, state: 'COMPLETED', allocTres: 'billing=8,cpu=64,gres/gpu=8,node=2', consumedEnergyJoules: 0, ...overrides,
});
const reasonOf = (record: JobRecord, at = now, acc: OpenAccount = account) => flagReasonFor(record, chargeOf(record, configuration), acc, { configuration, now: at });

describe('a job record is charged only inside its allocation dates', () => {
  it('charges a job that ended inside the dates, and one that ran over the end within the grace period', () => {
    expect(reasonOf(job())).toBeUndefined();
    expect(reasonOf(job({ start: '2026-12-31T20:00:00.000Z', end: '2027-01-01T23:00:00.000Z' }), new Date('2027-01-02T00:00:00.000Z'))).toBeUndefined();
  });

  it('flags a job that ended before the first day, after the end past the grace period, or later than it was received', () => {
    expect(reasonOf(job({ start: '2026-10-31T20:00:00.000Z', end: '2026-10-31T23:59:59.000Z' }))).toBe('before-start');
    expect(reasonOf(job({ start: '2027-01-01T20:00:00.000Z', end: '2027-01-02T00:00:01.000Z' }), new Date('2027-01-03T00:00:00.000Z'))).toBe('after-end');
    expect(reasonOf(job({ start: '2026-12-15T11:00:00.000Z', end: '2026-12-15T12:30:00.000Z' }))).toBe('in-future');
    expect(reasonOf(job({ start: '2026-12-15T11:00:00.000Z', end: '2026-12-15T12:10:00.000Z' }))).toBeUndefined();
  });

  it('says a job after the end is that, even once the allocation closed; one inside the dates of a closed allocation stays unpaid as closed', () => {
    const closed = { ...account, status: 'closed' } as OpenAccount;
    const after = new Date('2027-01-05T00:00:00.000Z');
    expect(reasonOf(job({ start: '2027-01-02T20:00:00.000Z', end: '2027-01-02T23:00:00.000Z' }), after, closed)).toBe('after-end');
    expect(reasonOf(job(), after, closed)).toBe('allocation-closed');
  });

  it('uses the configured grace period', () => {
    const late = job({ start: '2027-01-01T20:00:00.000Z', end: '2027-01-01T23:00:00.000Z' });
    const strict = { ...configuration, usageChecks: { ...USAGE_CHECK_DEFAULTS, graceHoursAfterEnd: 0 } };
    expect(flagReasonFor(late, chargeOf(late, strict), account, { configuration: strict, now: new Date('2027-01-03T00:00:00.000Z') })).toBe('after-end');
  });
});

describe('a job record that cannot be real is flagged, not charged', () => {
  it('an end before its start', () => {
    expect(reasonOf(job({ start: '2026-12-10T10:00:00.000Z', end: '2026-12-10T08:00:00.000Z' }))).toBe('end-before-start');
  });

  it("more GPUs per node than the partition's nodes have", () => {
    expect(reasonOf(job({ allocTres: 'billing=8,cpu=64,gres/gpu=6,node=2' }))).toBeUndefined();
    expect(reasonOf(job({ allocTres: 'billing=8,cpu=64,gres/gpu=9,node=2' }))).toBe('more-gpus-per-node-than-partition');
    expect(reasonOf(job({ allocTres: 'billing=8,cpu=64,gres/gpu=8' }))).toBe('more-gpus-per-node-than-partition');
  });

  it('more nodes than the partition has; on a partition billed per node only the nodes are checked', () => {
    expect(reasonOf(job({ allocTres: 'billing=8,cpu=64,gres/gpu=13828,node=3457' }))).toBe('more-nodes-than-partition');
    const lumi = { ...account, terms: { ...account.terms, system: 'lumi', partition: 'lumi-g' } } as OpenAccount;
    expect(reasonOf(job({ system: 'lumi', partition: 'lumi-g', allocTres: 'billing=128,cpu=128,gres/gpu=8,node=1' }), now, lumi)).toBeUndefined();
    expect(reasonOf(job({ system: 'lumi', partition: 'lumi-g', allocTres: 'billing=128,cpu=128,gres/gpu=8,node=2979' }), now, lumi)).toBe('more-nodes-than-partition');
  });

  it('is looked at again by a reassessment when its reason can go away (partition corrected, grace changed, the future now past)', () => {
    const again = ['more-gpus-per-node-than-partition', 'more-nodes-than-partition', 'before-start', 'after-end', 'in-future', 'end-before-start'].filter((r) => (REASSESSABLE as readonly string[]).includes(r));
    expect(again).toEqual(['more-gpus-per-node-than-partition', 'more-nodes-than-partition', 'before-start', 'after-end', 'in-future']);
  });
});
