import { foldRows } from '@hpc-access/sql';
import { recordedStream } from '@hpc-access/sql/testing-only';
import type { ProjectAccount, SiteOrderEvent, SiteOrderKind } from './domain/site-orders';
import { siteOrderRows } from './site-orders.projection';

const ALLOCATION = 'alloc-1';
const PROJECT: ProjectAccount = { allocationId: ALLOCATION, organisationId: 'org-1', projectId: 'EHPC-AI-2026A01-001', siteId: 'cineca', system: 'leonardo', partition: 'booster' };
// The stored form: a member's user name sealed under their key (ADR 6); the fold keeps it as it is.
const SEALED = [{ personId: 'p-1', userName: 'sealed:v1:abc' }];
const ISSUED_AT = '2026-02-01T09:00:00.000Z';

const issued = (seq: number, kind: SiteOrderKind, gpuMinutes: number | null = null): SiteOrderEvent => ({
  type: 'SiteOrderIssued',
  data: { ...PROJECT, orderId: `order-${seq}`, seq, kind, members: SEALED, gpuMinutes, cause: `event-${seq}`, issuedAt: ISSUED_AT },
});
const completed = (seq: number, at: string): SiteOrderEvent => ({ type: 'SiteOrderCompleted', data: { orderId: `order-${seq}`, allocationId: ALLOCATION, attempt: 1, completedBy: 'site', completedAt: at } });
const failed = (seq: number, attempt: number, at: string): SiteOrderEvent => ({ type: 'SiteOrderFailed', data: { orderId: `order-${seq}`, allocationId: ALLOCATION, attempt, error: 'sacctmgr: no such partition', failedAt: at } });
const retried = (seq: number, attempt: number): SiteOrderEvent => ({ type: 'SiteOrderRetried', data: { orderId: `order-${seq}`, allocationId: ALLOCATION, attempt, retriedAt: '2026-02-01T12:00:00.000Z' } });

/** The allocation's site-order stream: these events in order, revisions 0, 1, … */
function orderStream(...events: SiteOrderEvent[]) {
  const next = recordedStream(`site-orders-${ALLOCATION}`);
  return events.map((event) => next(event));
}

const rows = siteOrderRows('s');

describe('the site orders read model (a pure fold)', () => {
  it('an issued order is pending, first attempt, its members as stored', () => {
    expect(foldRows(rows, orderStream(issued(1, 'create-project', 300_000)))).toEqual([{
      orderId: 'order-1', allocationId: ALLOCATION, seq: 1, organisationId: 'org-1', siteId: 'cineca', system: 'leonardo', partition: 'booster', kind: 'create-project',
      projectId: 'EHPC-AI-2026A01-001', members: SEALED, gpuMinutes: 300_000, status: 'pending', attempt: 1, lastError: null, issuedAt: new Date(ISSUED_AT),
      acknowledgedAt: null, revision: 0,
    }]);
  });

  it('one row per order: the answers change their own order only', () => {
    const events = orderStream(issued(1, 'create-project', 300_000), completed(1, '2026-02-01T10:00:00.000Z'), issued(2, 'set-members'), failed(2, 1, '2026-02-01T11:00:00.000Z'));
    expect(foldRows(rows, events)).toEqual([
      expect.objectContaining({ orderId: 'order-1', status: 'done', acknowledgedAt: new Date('2026-02-01T10:00:00.000Z'), lastError: null, revision: 1 }),
      expect.objectContaining({ orderId: 'order-2', status: 'failed', lastError: 'sacctmgr: no such partition', acknowledgedAt: new Date('2026-02-01T11:00:00.000Z'), revision: 3 }),
    ]);
  });

  it('a retried order is pending again with the next attempt; the last error stays until the next answer', () => {
    const events = orderStream(issued(1, 'set-limit', 120_000), failed(1, 1, '2026-02-01T11:00:00.000Z'), retried(1, 2));
    expect(foldRows(rows, events)).toEqual([expect.objectContaining({ status: 'pending', attempt: 2, acknowledgedAt: null, lastError: 'sacctmgr: no such partition', revision: 2 })]);
  });

  it('an event it has seen changes nothing (replay)', () => {
    const [issue, fail, retry, done] = orderStream(issued(1, 'set-limit', 120_000), failed(1, 1, '2026-02-01T11:00:00.000Z'), retried(1, 2), completed(1, '2026-02-01T13:00:00.000Z'));
    const once = foldRows(rows, [issue, fail, retry, done]);
    // The failure and the retry again would reopen a done order if they were not skipped.
    expect(foldRows(rows, [issue, fail, retry, done, fail, retry, issue])).toEqual(once);
    expect(once).toEqual([expect.objectContaining({ status: 'done', attempt: 2, revision: 3 })]);
  });

  it('an answer to an order it never saw issued writes no row', () => {
    const [, done] = orderStream(issued(1, 'close'), completed(1, '2026-02-01T10:00:00.000Z'));
    expect(foldRows(rows, [done])).toEqual([]);
  });
});
