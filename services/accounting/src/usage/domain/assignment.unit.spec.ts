import { differsOnlyInAssignment, isReassessable } from './assignment';
import type { JobRecord } from './job-record';

const kept: JobRecord = {
  system: 'leonardo', jobId: '19', account: 'proj-legacy', partition: 'booster', start: '2026-12-07T13:50:11.000Z', end: '2026-12-07T13:50:14.000Z',
  elapsedSeconds: 3, state: 'COMPLETED', allocTres: 'billing=2,cpu=1,gres/gpu=2,node=1', consumedEnergyJoules: 0,
};

describe('a re-sent record that corrects what was flagged', () => {
  it('differs from the kept one only in account or partition (or not at all)', () => {
    expect(differsOnlyInAssignment(kept, { ...kept, account: 'EHPC-AIF-2026FL01-0004' })).toBe(true);
    expect(differsOnlyInAssignment(kept, { ...kept, partition: 'dcgp' })).toBe(true);
    expect(differsOnlyInAssignment(kept, kept)).toBe(true);
  });

  it('is other figures for the same job when anything else differs', () => {
    expect(differsOnlyInAssignment(kept, { ...kept, account: 'x', elapsedSeconds: 30 })).toBe(false);
    expect(differsOnlyInAssignment(kept, { ...kept, end: '2026-12-07T15:50:14.000Z' })).toBe(false);
    expect(differsOnlyInAssignment(kept, { ...kept, state: 'FAILED' })).toBe(false);
  });

  it('may replace only a record never charged, flagged for a reason that can go away', () => {
    expect(['unknown-allocation', 'system-mismatch', 'no-billing-rule'].map((r) => isReassessable('flagged', r))).toEqual([true, true, true]);
    expect(isReassessable('flagged', 'allocation-suspended')).toBe(false);
    expect(isReassessable('flagged', 'allocation-closed')).toBe(false);
    expect(isReassessable('charged', null)).toBe(false);
    expect(isReassessable('charged', 'state-not-charged')).toBe(false);
  });
});
