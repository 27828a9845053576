import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { DeliveryEvent } from './domain/delivery';
import type { NotificationEvent } from './domain/notification';
import type { SubscriberEvent } from './domain/subscriber';

type Known = NotificationEvent | DeliveryEvent | SubscriberEvent;

/**
 * The read models, applied in the transaction that appends the events (CommandsInTransaction's
 * afterAppend): the inbox, the fan-out and the dispatcher read what is committed, never behind
 * it. Each statement is idempotent per event, so replaying the log rebuilds the same rows.
 * Nothing personal is written: a subscriber's row says whether they gave an address, not which.
 */
export async function applyToReadModels(tx: Sql, schema: string, events: readonly RecordedEvent[]): Promise<void> {
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as Known;
    const at = recorded.recordedAt.toISOString();
    switch (event.type) {
      case 'NotificationRaised': {
        const n = event.data;
        await tx.query(
          `INSERT INTO ${schema}.notifications (notification_id, kind, audience_role, audience_organisation, audience_site, audience_user, content, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (notification_id) DO NOTHING`,
          [n.notificationId, n.kind, n.audience.role, n.audience.organisationId ?? null, n.audience.siteId ?? null, n.audience.userId ?? null, JSON.stringify(n), n.occurredAt],
        );
        break;
      }
      case 'NotificationRead':
        await tx.query(`INSERT INTO ${schema}.notification_reads (notification_id, user_id, read_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [event.data.notificationId, event.data.userId, event.data.readAt]);
        break;
      case 'SubscriptionSet': {
        const s = event.data;
        await tx.query(
          `INSERT INTO ${schema}.subscribers (user_id, roles, organisation_id, site_id, language, channels, has_address) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (user_id) DO UPDATE SET roles = $2, organisation_id = $3, site_id = $4, language = $5, channels = $6, has_address = $7`,
          [s.userId, s.scope.roles, s.scope.organisationId ?? null, s.scope.siteId ?? null, s.language, JSON.stringify(s.channels), Boolean(s.email)],
        );
        break;
      }
      case 'SubscriberErased':
        await tx.query(`UPDATE ${schema}.subscribers SET erased = true, has_address = false WHERE user_id = $1`, [event.data.userId]);
        break;
      case 'DeliveryScheduled': {
        const d = event.data;
        const target = d.target.channel === 'email' ? d.target.userId : d.target.endpointId;
        await tx.query(
          `INSERT INTO ${schema}.deliveries (delivery_id, notification_id, channel, target, status, attempts, next_attempt_at, attempt_log, updated_at)
           VALUES ($1, $2, $3, $4, 'pending', 0, $5, '[]'::jsonb, $6) ON CONFLICT (delivery_id) DO NOTHING`,
          [d.deliveryId, d.notificationId, d.target.channel, target, d.dueAt, at],
        );
        break;
      }
      case 'DeliveryAttempted': {
        const a = event.data;
        const logged = { attempt: a.attempt, outcome: a.outcome, status: a.status ?? null, reason: a.reason ?? null, attemptedAt: a.attemptedAt, nextAttemptAt: a.nextAttemptAt ?? null };
        await tx.query(
          `UPDATE ${schema}.deliveries SET attempts = $2, next_attempt_at = $3, attempt_log = attempt_log || $4::jsonb, updated_at = $5 WHERE delivery_id = $1 AND attempts < $2`,
          [a.deliveryId, a.attempt, a.nextAttemptAt ?? null, JSON.stringify([logged]), at],
        );
        break;
      }
      case 'Delivered':
        await tx.query(`UPDATE ${schema}.deliveries SET status = 'delivered', next_attempt_at = NULL, updated_at = $2 WHERE delivery_id = $1`, [event.data.deliveryId, at]);
        break;
      case 'DeliveryFailed':
        await tx.query(`UPDATE ${schema}.deliveries SET status = 'failed', next_attempt_at = NULL, failure_reason = $2, updated_at = $3 WHERE delivery_id = $1`, [event.data.deliveryId, event.data.reason, at]);
        break;
      default:
        // Events of other slices (webhook endpoints) have read models of their own.
        break;
    }
  }
}
