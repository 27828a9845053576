import { deciderSpec } from '@hpc-access/testing';
import { slurmAccountMappingDecider, type SlurmAccountMappingEvent } from './slurm-account-mapping';

const context = { now: new Date('2026-12-07T14:00:00Z'), actor: { id: 'officer-1', role: 'accounting-officer' } };
const spec = deciderSpec(slurmAccountMappingDecider);
const map = (allocationId: string, system: string | null, account = 'Proj-Legacy') => ({
  type: 'MapSlurmAccount' as const, data: { system: 'lumi', account, allocation: { allocationId, system } }, context,
});
const mapped = (allocationId: string, previousAllocationId: string | null = null): SlurmAccountMappingEvent => ({
  type: 'SlurmAccountMapped', data: { system: 'lumi', account: 'proj-legacy', allocationId, previousAllocationId, mappedAt: '2026-12-07T14:00:00.000Z' },
});

describe('mapping a Slurm account to an allocation', () => {
  it('maps the account, in lower case as Slurm keeps it, to an active allocation of the same system', () => {
    spec.given([]).when(map('alloc-1', 'lumi')).then([mapped('alloc-1')]);
  });

  it('changes nothing when mapped again to the same allocation, and records the previous one when remapped', () => {
    spec.given([mapped('alloc-1')]).when(map('alloc-1', 'lumi', 'PROJ-LEGACY')).then([]);
    spec.given([mapped('alloc-1')]).when(map('alloc-2', 'lumi')).then([mapped('alloc-2', 'alloc-1')]);
  });

  it('refuses an allocation accounting does not know, or one on another system, naming allocationId', () => {
    spec.given([]).when(map('alloc-9', null)).thenThrows('unknown-allocation', { field: 'allocationId' });
    spec.given([]).when(map('alloc-l', 'leonardo')).thenThrows('system-mismatch', { field: 'allocationId' });
  });
});
