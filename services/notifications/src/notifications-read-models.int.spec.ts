import { openPglite, runMigrations, type Database } from '@hpc-access/sql';
import { PostgresEventStore } from '@hpc-access/eventstore-postgres';
import type { RecordedEvent } from '@hpc-access/eventsourcing';
import { notificationsMigrations } from './notifications-migrations';
import { applyToReadModels } from './notifications-read-models';

const at = new Date('2026-11-02T09:00:00.000Z');
let position = 0;
const recorded = (type: string, data: unknown): RecordedEvent => ({
  eventId: `e-${++position}`, type, data, streamId: 's', streamPosition: 0, globalPosition: BigInt(position), recordedAt: at,
  metadata: { correlationId: 'c', causationId: null, actor: { id: 'a', role: 'system' }, schemaVersion: 1 }, hash: '', prevHash: null,
} as unknown as RecordedEvent);

// A read model that is a fold of events gives the same rows when the same events come twice (STYLE.md 7):
// what makes a rebuild by replay safe.
describe('the read models of notifications', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite();
    await PostgresEventStore.open(db, { schema: 'notifications' });
    await runMigrations(db, 'notifications', notificationsMigrations('notifications'));
  });
  afterAll(() => db?.close());

  it('applying the same events twice gives the same rows', async () => {
    const content = { notificationId: 'n-1', kind: 'usage-threshold', audience: { role: 'applicant', organisationId: 'org-1' }, subject: { type: 'allocation', id: 'a-1' }, facts: {}, link: '/x', occurredAt: at.toISOString(), cause: { eventId: 'c-1', type: 't' } };
    const events = [
      recorded('NotificationRaised', content),
      recorded('NotificationRead', { notificationId: 'n-1', userId: 'u-1', readAt: at.toISOString() }),
      recorded('SubscriptionSet', { userId: 'u-1', email: 'u1@example.eu', language: 'en', channels: {}, scope: { roles: ['applicant'], organisationId: 'org-1' }, setAt: at.toISOString() }),
      recorded('DeliveryScheduled', { deliveryId: 'd-1', notificationId: 'n-1', target: { channel: 'email', userId: 'u-1' }, scheduledAt: at.toISOString(), dueAt: at.toISOString() }),
      recorded('DeliveryAttempted', { deliveryId: 'd-1', attempt: 1, outcome: 'retry', reason: 'busy', attemptedAt: at.toISOString(), nextAttemptAt: '2026-11-02T09:00:05.000Z' }),
      recorded('DeliveryAttempted', { deliveryId: 'd-1', attempt: 2, outcome: 'rejected', status: 550, reason: 'no mailbox', attemptedAt: at.toISOString() }),
      recorded('DeliveryFailed', { deliveryId: 'd-1', attempts: 2, reason: 'no mailbox', failedAt: at.toISOString() }),
      recorded('SubscriberErased', { userId: 'u-1', erasedAt: at.toISOString() }),
    ];
    const snapshot = async () => JSON.stringify(await Promise.all(['notifications', 'notification_reads', 'subscribers', 'deliveries'].map(async (table) => (await db.query(`SELECT * FROM notifications.${table}`)).rows)));
    await db.transaction((tx) => applyToReadModels(tx, 'notifications', events));
    const once = await snapshot();
    await db.transaction((tx) => applyToReadModels(tx, 'notifications', events));
    expect(await snapshot()).toBe(once);
    const [delivery] = (await db.query<{ status: string; attempts: number; attempt_log: unknown[] }>('SELECT status, attempts, attempt_log FROM notifications.deliveries')).rows;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 2 });
    expect(delivery.attempt_log).toHaveLength(2);
    expect(once).not.toContain('u1@example.eu');
  });
});
