import type { SiteOrder } from '../platform/site-order';
import type { SlurmAccount } from '../slurm/associations';
import { NameError } from '../slurm/names';
import { planOrder, type OrderPlan } from './plan-order';

const order = (kind: SiteOrder['kind'], extra: Partial<SiteOrder> = {}): SiteOrder => ({
  orderId: '01a2-order', siteId: 'cineca', system: 'leonardo', partition: 'booster', kind, projectId: 'EHPC-AIF-2026PG01-0007', allocationId: 'alloc-7',
  members: [], gpuMinutes: null, status: 'pending', attempt: 1, lastError: null, issuedAt: '2026-12-07T10:00:00Z', acknowledgedAt: null, ...extra,
});
const account = 'ehpc-aif-2026pg01-0007';
const slurm = (gpuMinutes: number | null, users: string[]): SlurmAccount => ({ account, gpuMinutes, users });
const args = (plan: OrderPlan) => ('steps' in plan ? plan.steps.map((step) => step.args.join(' ')) : plan);

describe('planning the sacctmgr steps of an order', () => {
  it('create-project: the account in lower case with its limit, then each member', () => {
    expect(args(planOrder(order('create-project', { members: ['alice', 'bob'], gpuMinutes: 6000 }), 'leonardo', undefined))).toEqual([
      `add account ${account} Cluster=leonardo Description=EHPC-AIF-2026PG01-0007 Organization=hpc-access GrpTRESMins=gres/gpu=6000`,
      `add user alice Account=${account} Cluster=leonardo`,
      `add user bob Account=${account} Cluster=leonardo`,
    ]);
  });

  it('create-project again once Slurm holds it all: nothing to run (an order applied twice changes nothing)', () => {
    expect(args(planOrder(order('create-project', { members: ['alice', 'bob'], gpuMinutes: 6000 }), 'leonardo', slurm(6000, ['alice', 'bob'])))).toEqual([]);
  });

  it('create-project half done before a crash: only the missing limit and member', () => {
    expect(args(planOrder(order('create-project', { members: ['alice', 'bob'], gpuMinutes: 6000 }), 'leonardo', slurm(null, ['alice'])))).toEqual([
      `modify account where Name=${account} Cluster=leonardo set GrpTRESMins=gres/gpu=6000`,
      `add user bob Account=${account} Cluster=leonardo`,
    ]);
  });

  it('set-members: adds the new members and removes those no longer listed', () => {
    expect(args(planOrder(order('set-members', { members: ['alice', 'carol'] }), 'leonardo', slurm(6000, ['alice', 'bob'])))).toEqual([
      `add user carol Account=${account} Cluster=leonardo`,
      `remove user bob where Account=${account} Cluster=leonardo`,
    ]);
  });

  it('suspend sets the limit to 0 (Slurm then holds new jobs); resume restores the award', () => {
    expect(args(planOrder(order('suspend', { gpuMinutes: 0 }), 'leonardo', slurm(6000, ['alice'])))).toEqual([`modify account where Name=${account} Cluster=leonardo set GrpTRESMins=gres/gpu=0`]);
    expect(args(planOrder(order('resume', { gpuMinutes: 6000 }), 'leonardo', slurm(0, ['alice'])))).toEqual([`modify account where Name=${account} Cluster=leonardo set GrpTRESMins=gres/gpu=6000`]);
  });

  it('close: removes the users, then the account’s association; nothing when it is gone already', () => {
    expect(args(planOrder(order('close', { members: ['alice'] }), 'leonardo', slurm(6000, ['alice', 'bob'])))).toEqual([
      `remove user alice where Account=${account} Cluster=leonardo`,
      `remove user bob where Account=${account} Cluster=leonardo`,
      `remove account where Name=${account} Cluster=leonardo`,
    ]);
    expect(args(planOrder(order('close'), 'leonardo', undefined))).toEqual([]);
  });

  it('refuses to change the limit or members of an account Slurm does not have', () => {
    expect(planOrder(order('suspend', { gpuMinutes: 0 }), 'leonardo', undefined)).toEqual({ refused: `account ${account} does not exist on cluster leonardo` });
    expect(planOrder(order('set-members', { members: ['alice'] }), 'leonardo', undefined)).toEqual({ refused: `account ${account} does not exist on cluster leonardo` });
  });

  it('lets no name reach sacctmgr that could change what it does', () => {
    expect(() => planOrder(order('create-project', { members: ['alice where name=root'], gpuMinutes: 60 }), 'leonardo', undefined)).toThrow(NameError);
    expect(() => planOrder(order('create-project', { projectId: 'P1 Cluster=other', gpuMinutes: 60 }), 'leonardo', undefined)).toThrow(NameError);
    expect(() => planOrder(order('resume', { gpuMinutes: 1.5 }), 'leonardo', slurm(0, []))).toThrow(NameError);
  });
});
