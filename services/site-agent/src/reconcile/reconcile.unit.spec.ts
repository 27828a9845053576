import type { SiteOrder } from '../platform/site-order';
import { desiredAccounts } from './desired-state';
import { reconcile } from './reconcile';

let sequence = 0;
const done = (kind: SiteOrder['kind'], projectId: string, extra: Partial<SiteOrder> = {}): SiteOrder => ({
  orderId: `o-${(sequence += 1)}`, siteId: 'cineca', system: 'leonardo', partition: 'booster', kind, projectId, allocationId: `a-${projectId}`,
  members: [], gpuMinutes: null, status: 'done', attempt: 1, lastError: null, issuedAt: '2026-12-07T10:00:00Z', acknowledgedAt: '2026-12-07T10:01:00Z', ...extra,
});

describe('reconciling Slurm with the platform', () => {
  const orders = [
    done('create-project', 'EHPC-AIF-2026PG01-0001', { members: ['alice'], gpuMinutes: 600 }),
    done('set-members', 'EHPC-AIF-2026PG01-0001', { members: ['alice', 'bob'] }),
    done('create-project', 'EHPC-AIF-2026PG01-0002', { members: ['carol'], gpuMinutes: 120 }),
    done('suspend', 'EHPC-AIF-2026PG01-0002', { gpuMinutes: 0 }),
    done('create-project', 'EHPC-AIF-2026PG01-0003', { members: ['dan'], gpuMinutes: 60 }),
    done('close', 'EHPC-AIF-2026PG01-0003', { members: ['dan'] }),
    done('create-project', 'EHPC-AIF-2026PG01-0009', { system: 'lumi', gpuMinutes: 60 }),
  ];

  it('folds the done orders of its system into what Slurm should hold', () => {
    const desired = desiredAccounts(orders, 'leonardo');
    expect([...desired.values()].map((d) => [d.account, d.status, d.gpuMinutes, d.members])).toEqual([
      ['ehpc-aif-2026pg01-0001', 'open', 600, ['alice', 'bob']],
      ['ehpc-aif-2026pg01-0002', 'suspended', 0, ['carol']],
      ['ehpc-aif-2026pg01-0003', 'closed', 60, []],
    ]);
  });

  it('reports every difference, and none where Slurm holds what was ordered', () => {
    const desired = desiredAccounts(orders, 'leonardo');
    const slurm = new Map([
      ['ehpc-aif-2026pg01-0001', { account: 'ehpc-aif-2026pg01-0001', gpuMinutes: 900, users: ['alice', 'eve'] }],
      ['ehpc-aif-2026pg01-0002', { account: 'ehpc-aif-2026pg01-0002', gpuMinutes: 0, users: ['carol'] }],
      ['ehpc-aif-2026pg01-0003', { account: 'ehpc-aif-2026pg01-0003', gpuMinutes: 60, users: [] }],
      ['ehpc-aif-2026pg01-0042', { account: 'ehpc-aif-2026pg01-0042', gpuMinutes: null, users: ['mallory'] }],
      ['chem-group', { account: 'chem-group', gpuMinutes: null, users: ['zoe'] }],
    ]);
    expect(reconcile(desired, slurm, 'ehpc-').map((d) => [d.kind, d.account, d.expected, d.found])).toEqual([
      ['limit-differs', 'ehpc-aif-2026pg01-0001', 'GrpTRESMins=gres/gpu=600', 'GrpTRESMins=gres/gpu=900'],
      ['member-missing', 'ehpc-aif-2026pg01-0001', 'bob', 'no association'],
      ['member-unexpected', 'ehpc-aif-2026pg01-0001', 'no association', 'eve'],
      ['closed-account-present', 'ehpc-aif-2026pg01-0003', 'no account', 'account with 0 users'],
      ['account-unknown-to-platform', 'ehpc-aif-2026pg01-0042', 'no account', 'account with 1 users'],
    ]);
  });

  it('reports a project account Slurm lacks', () => {
    expect(reconcile(desiredAccounts(orders.slice(0, 1), 'leonardo'), new Map(), 'ehpc-')).toEqual([
      { kind: 'account-missing', account: 'ehpc-aif-2026pg01-0001', projectId: 'EHPC-AIF-2026PG01-0001', expected: 'account', found: 'none' },
    ]);
  });
});
