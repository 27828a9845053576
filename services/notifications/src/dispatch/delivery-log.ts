import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@hpc-access/sql';
import { NOTIFICATIONS_DB, NOTIFICATIONS_OPTIONS, type NotificationsOptionsShape } from '../notifications.tokens';
import type { DeliveryLogPage, DeliveryLogReader } from '../webhooks';
import type { NotificationKind } from '../shared/notification';

interface AttemptRow {
  delivery_id: string;
  notification_id: string;
  kind: NotificationKind;
  attempt: { attempt: number; outcome: 'delivered' | 'retry' | 'rejected'; status: number | null; reason: string | null; attemptedAt: string; nextAttemptAt: string | null };
  failed: boolean;
}

/** The dispatcher's attempts to one webhook endpoint, newest first: what the webhook routes show its owner. */
@Injectable()
export class DeliveryLog implements DeliveryLogReader {
  constructor(@Inject(NOTIFICATIONS_DB) private readonly db: Database, @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptionsShape) {}

  async attemptsForEndpoint(endpointId: string, page: { page: number; pageSize: number }): Promise<DeliveryLogPage> {
    const { schema } = this.options;
    const attempts = `(SELECT d.delivery_id, d.notification_id, n.kind, a.value AS attempt,
        (d.status = 'failed' AND (a.value->>'attempt')::int = d.attempts) AS failed
      FROM ${schema}.deliveries d JOIN ${schema}.notifications n USING (notification_id), jsonb_array_elements(d.attempt_log) a
      WHERE d.channel = 'webhook' AND d.target = $1) AS attempts`;
    const count = await this.db.query<{ total: string }>(`SELECT count(*) AS total FROM ${attempts}`, [endpointId]);
    const { rows } = await this.db.query<AttemptRow>(
      `SELECT * FROM ${attempts} ORDER BY attempt->>'attemptedAt' DESC, delivery_id LIMIT $2 OFFSET $3`,
      [endpointId, page.pageSize, (page.page - 1) * page.pageSize],
    );
    return {
      page: page.page,
      pageSize: page.pageSize,
      total: Number(count.rows[0].total),
      rows: rows.map((row) => ({
        deliveryId: row.delivery_id,
        notificationId: row.notification_id,
        kind: row.kind,
        attempt: row.attempt.attempt,
        attemptedAt: row.attempt.attemptedAt,
        outcome: row.attempt.outcome,
        ...(row.attempt.status !== null ? { status: row.attempt.status } : {}),
        ...(row.attempt.reason !== null ? { reason: row.attempt.reason } : {}),
        ...(row.attempt.nextAttemptAt !== null ? { nextAttemptAt: row.attempt.nextAttemptAt } : {}),
        ...(row.failed ? { failed: true } : {}),
      })),
    };
  }
}
