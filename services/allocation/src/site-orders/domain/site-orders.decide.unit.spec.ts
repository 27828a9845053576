import { deciderSpec } from '@hpc-access/testing';
import { siteOrdersDecider, type SiteOrderCommand } from './site-orders.decide';
import type { ProjectAccount, SiteOrderEvent, SiteOrderKind } from './site-orders';

const context = { now: new Date('2026-11-05T09:00:00.000Z'), actor: { id: 'allocation', role: 'system' } };
const at = context.now.toISOString();
const spec = deciderSpec(siteOrdersDecider);
const project: ProjectAccount = { allocationId: 'alloc-1', organisationId: 'org-1', projectId: 'EHPC-AIF-2026PG01-0001', siteId: 'izum', system: 'vega', partition: 'gpu' };
const alice = { personId: 'person-a', userName: 'alice' };
const bob = { personId: 'person-b', userName: 'bob' };

const issued = (seq: number, kind: SiteOrderKind, extra: Partial<{ members: typeof alice[]; gpuMinutes: number | null }> = {}): SiteOrderEvent => ({
  type: 'SiteOrderIssued',
  data: { ...project, orderId: `order-${seq}`, seq, kind, members: extra.members ?? [], gpuMinutes: extra.gpuMinutes === undefined ? null : extra.gpuMinutes, cause: `event-${seq}`, issuedAt: at },
});
const created = issued(1, 'create-project', { gpuMinutes: 300_000 });
const done = (seq: number): SiteOrderEvent => ({ type: 'SiteOrderCompleted', data: { orderId: `order-${seq}`, allocationId: 'alloc-1', attempt: 1, completedBy: 'site', completedAt: at } });
const failed = (seq: number, attempt = 1): SiteOrderEvent => ({ type: 'SiteOrderFailed', data: { orderId: `order-${seq}`, allocationId: 'alloc-1', attempt, error: 'sacctmgr: no such partition', failedAt: at } });
const ack = (seq: number, outcome: 'done' | 'failed', error: string | null = null, attempt: number | null = null): SiteOrderCommand => ({ type: 'AcknowledgeOrder', data: { orderId: `order-${seq}`, outcome, error, attempt }, context });
const reaction = (seq: number) => ({ cause: `event-${seq}`, orderId: `order-${seq}` });

describe('orders are issued by reactions to the allocation', () => {
  it('the award opens the project account once, with the limit in GPU-minutes', () => {
    spec.when({ type: 'OpenProjectAccount', data: { ...reaction(1), ...project, gpuMinutes: 300_000 }, context }).then([created]);
    spec.given([created]).when({ type: 'OpenProjectAccount', data: { ...reaction(9), ...project, gpuMinutes: 300_000 }, context }).then([]);
  });

  it('an event reacted to already issues nothing again', () => {
    spec.given([created, issued(2, 'suspend', { gpuMinutes: 0 })]).when({ type: 'SuspendProject', data: reaction(2), context }).then([]);
  });

  it('members changed: the whole new list; the same list again: nothing', () => {
    spec.given([created]).when({ type: 'ChangeMembers', data: { ...reaction(2), members: [alice, bob] }, context }).then([issued(2, 'set-members', { members: [alice, bob] })]);
    spec.given([created, issued(2, 'set-members', { members: [alice, bob] })]).when({ type: 'ChangeMembers', data: { ...reaction(3), members: [alice, bob] }, context }).then([]);
  });

  it('suspension sets the limit to 0, resumption restores the award, closure names the users to remove', () => {
    const withMembers = [created, issued(2, 'set-members', { members: [alice] })];
    spec.given(withMembers).when({ type: 'SuspendProject', data: reaction(3), context }).then([issued(3, 'suspend', { gpuMinutes: 0 })]);
    spec.given([...withMembers, issued(3, 'suspend', { gpuMinutes: 0 })]).when({ type: 'ResumeProject', data: reaction(4), context }).then([issued(4, 'resume', { gpuMinutes: 300_000 })]);
    spec.given(withMembers).when({ type: 'CloseProject', data: reaction(3), context }).then([issued(3, 'close', { members: [alice] })]);
  });

  it('after closure nothing more is ordered', () => {
    const closed = [created, issued(2, 'close')];
    spec.given(closed).when({ type: 'ChangeMembers', data: { ...reaction(3), members: [alice] }, context }).then([]);
    spec.given(closed).when({ type: 'SuspendProject', data: reaction(3), context }).then([]);
    spec.given(closed).when({ type: 'CloseProject', data: reaction(3), context }).then([]);
  });

  it('a provisioning confirmed by hand completes a create-project not yet done, and nothing else', () => {
    spec.given([created]).when({ type: 'ConfirmProvisionedByHand', data: { cause: 'activated' }, context })
      .then([{ type: 'SiteOrderCompleted', data: { orderId: 'order-1', allocationId: 'alloc-1', attempt: 1, completedBy: 'manual-provisioning', completedAt: at } }]);
    spec.given([created, done(1)]).when({ type: 'ConfirmProvisionedByHand', data: { cause: 'activated' }, context }).then([]);
  });
});

describe("the site's acknowledgement takes effect once", () => {
  it('done, then the same again: nothing new', () => {
    spec.given([created]).when(ack(1, 'done')).then([done(1)]);
    spec.given([created, done(1)]).when(ack(1, 'done')).then([]);
  });

  it('failed keeps the error; failed again keeps the first; done later is taken', () => {
    spec.given([created]).when(ack(1, 'failed', 'sacctmgr: no such partition')).then([failed(1)]);
    spec.given([created, failed(1)]).when(ack(1, 'failed', 'another text')).then([]);
    spec.given([created, failed(1)]).when(ack(1, 'done')).then([done(1)]);
  });

  it('a different outcome for an order already done is a conflict', () => {
    spec.given([created, done(1)]).when(ack(1, 'failed', 'late')).thenThrows('order-already-done', { kind: 'conflict' });
  });

  it('an order behind an earlier one not done cannot be acknowledged', () => {
    spec.given([created, issued(2, 'suspend', { gpuMinutes: 0 })]).when(ack(2, 'done')).thenThrows('earlier-order-not-done', { kind: 'conflict' });
    spec.given([created, done(1), issued(2, 'suspend', { gpuMinutes: 0 })]).when(ack(2, 'done')).then([done(2)]);
  });

  it('an unknown order is not found', () => {
    spec.given([created]).when(ack(7, 'done')).thenThrows('order-not-found', { kind: 'not_found' });
  });
});

describe('retrying a failed order', () => {
  it('makes it pending again with the next attempt, the last error kept', () => {
    spec.given([created, failed(1)]).when({ type: 'RetryOrder', data: { orderId: 'order-1' }, context })
      .then([{ type: 'SiteOrderRetried', data: { orderId: 'order-1', allocationId: 'alloc-1', attempt: 2, retriedAt: at } }]);
    spec.given([created, failed(1), { type: 'SiteOrderRetried', data: { orderId: 'order-1', allocationId: 'alloc-1', attempt: 2, retriedAt: at } }]).when(ack(1, 'done'))
      .thenState({ orders: [{ orderId: 'order-1', status: 'done', attempt: 2, lastError: 'sacctmgr: no such partition' }] });
  });

  it('refuses a late answer about the earlier attempt: it does not decide the current one', () => {
    const retried: SiteOrderEvent = { type: 'SiteOrderRetried', data: { orderId: 'order-1', allocationId: 'alloc-1', attempt: 2, retriedAt: at } };
    spec.given([created, failed(1), retried]).when(ack(1, 'failed', 'sacctmgr: no such partition', 1)).thenThrows('attempt-superseded', { kind: 'conflict' });
    spec.given([created, failed(1), retried]).when(ack(1, 'done', null, 2))
      .thenState({ orders: [{ orderId: 'order-1', status: 'done', attempt: 2 }] });
  });

  it('refuses an order that is not failed', () => {
    spec.given([created]).when({ type: 'RetryOrder', data: { orderId: 'order-1' }, context }).thenThrows('order-not-failed', { kind: 'conflict' });
    spec.given([created, done(1)]).when({ type: 'RetryOrder', data: { orderId: 'order-1' }, context }).thenThrows('order-not-failed', { kind: 'conflict' });
  });
});
