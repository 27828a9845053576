import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConcurrencyError, DomainError, type Clock } from '@hpc-access/eventsourcing';
import { structuredLogger } from '@hpc-access/http';
import type { Cause } from '@hpc-access/messaging';
import type { Database } from '@hpc-access/sql';
import { deliveryIdOf, deliveryStreamId, subscriberStreamId } from '../domain/ids';
import { deliveryDecider, type DeliveryTarget, type RecordDeliveryAttempt, type ScheduleDelivery } from '../domain/delivery';
import { subscriberDecider } from '../domain/subscriber';
import { NotificationsStreams } from '../notifications-streams';
import { EMAIL_CHANNEL, NOTIFICATIONS_CLOCK, NOTIFICATIONS_DB, NOTIFICATIONS_OPTIONS, WEBHOOK_CHANNEL, WEBHOOK_DIRECTORY } from '../notifications.tokens';
import type { DeliveryChannel, DeliveryOutcome, EmailRequest, WebhookEndpointDirectory, WebhookRequest } from '../shared/delivery-channel';
import type { NotificationContent } from '../shared/notification';
import { deliveryTargets } from './fan-out';
import { DISPATCH_SETTINGS, type DispatchSettings } from './dispatch-settings';

const ACTOR = { id: 'notifications.dispatcher', role: 'system' };

/** What one pass did: deliveries scheduled by the fan-out, attempts made, and attempts sent but not recorded. */
export interface DispatchPass {
  scheduled: number;
  attempted: number;
  unrecorded: number;
}
const BATCH = 50;

/**
 * Delivers notifications at least once, each send recognisable as one (ADR 34). Each pass:
 * 1. fan-out: for every raised notification not yet fanned out, schedule its deliveries and mark
 *    it, in one transaction (a crash before the commit fans it out again: the delivery ids are
 *    derived, so nothing is scheduled twice);
 * 2. dispatch: for every delivery due, send through its channel (outside any transaction: a slow
 *    receiver holds no connection), then record the attempt with the stream's revision. A crash
 *    between the send and the record sends again with the same delivery id.
 */
@Injectable()
export class DeliveryDispatcher {
  private readonly log = structuredLogger('notifications.dispatcher');
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(NOTIFICATIONS_DB) private readonly db: Database,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: { schema: string },
    @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
    private readonly streams: NotificationsStreams,
    @Optional() @Inject(EMAIL_CHANNEL) private readonly email: DeliveryChannel<EmailRequest> | null,
    @Optional() @Inject(WEBHOOK_CHANNEL) private readonly webhook: DeliveryChannel<WebhookRequest> | null,
    @Optional() @Inject(WEBHOOK_DIRECTORY) private readonly directory: WebhookEndpointDirectory | null,
  ) {}

  /** One pass (fan-out, then what is due), after any pass still running in this process. */
  dispatchDue(): Promise<DispatchPass> {
    const pass = this.running.then(() => this.pass());
    this.running = pass.catch(() => undefined);
    return pass;
  }

  private async pass(): Promise<DispatchPass> {
    const scheduled = await this.fanOut();
    return { scheduled, ...(await this.dispatch()) };
  }

  private cause(correlationId: string): Cause {
    return { now: this.clock.now(), actor: ACTOR, correlationId, causationId: null };
  }

  private async fanOut(): Promise<number> {
    const { schema } = this.options;
    const { rows } = await this.db.query<{ content: NotificationContent }>(`SELECT content FROM ${schema}.notifications WHERE NOT fanned_out ORDER BY occurred_at, notification_id LIMIT ${BATCH}`);
    let scheduled = 0;
    for (const { content } of rows) {
      const targets = await deliveryTargets(this.db, schema, this.directory, content);
      await this.streams.transaction(async (tx) => {
        for (const target of targets) {
          const deliveryId = deliveryIdOf(content.notificationId, target.channel, target.channel === 'email' ? target.userId : target.endpointId);
          const result = await this.streams.commands.run<ScheduleDelivery, ReturnType<typeof deliveryDecider.initialState>, Parameters<typeof deliveryDecider.evolve>[1]>(
            tx, this.cause(content.notificationId), deliveryDecider, deliveryStreamId(deliveryId), { type: 'ScheduleDelivery', deliveryId, notificationId: content.notificationId, target },
          );
          scheduled += result.events.length;
        }
        await tx.query(`UPDATE ${schema}.notifications SET fanned_out = true WHERE notification_id = $1`, [content.notificationId]);
      });
    }
    return scheduled;
  }

  private async dispatch(): Promise<{ attempted: number; unrecorded: number }> {
    const { schema } = this.options;
    const { rows } = await this.db.query<{ delivery_id: string; channel: string; target: string; attempts: number; content: NotificationContent }>(
      `SELECT d.delivery_id, d.channel, d.target, d.attempts, n.content FROM ${schema}.deliveries d JOIN ${schema}.notifications n USING (notification_id)
       WHERE d.status = 'pending' AND d.next_attempt_at <= $1 ORDER BY d.next_attempt_at, d.delivery_id LIMIT ${BATCH}`,
      [this.clock.now().toISOString()],
    );
    let unrecorded = 0;
    for (const row of rows) {
      const target: DeliveryTarget = row.channel === 'email' ? { channel: 'email', userId: row.target } : { channel: 'webhook', endpointId: row.target };
      const outcome = await this.send(row.delivery_id, target, row.content);
      try {
        await this.record(row.delivery_id, row.attempts + 1, outcome);
      } catch (error) {
        // Sent but not recorded: still due, so the next pass sends it again with the same id.
        unrecorded++;
        this.log.error('delivery attempt not recorded; it will be sent again', { deliveryId: row.delivery_id, error: String(error) });
      }
    }
    return { attempted: rows.length, unrecorded };
  }

  private async send(deliveryId: string, target: DeliveryTarget, notification: NotificationContent): Promise<DeliveryOutcome> {
    let address: string | null = null;
    try {
      if (target.channel === 'webhook') {
        if (!this.webhook) return { outcome: 'retry', reason: 'no webhook channel in this process' };
        return await this.webhook.send({ deliveryId, endpointId: target.endpointId, notification });
      }
      // Opened at send time from the sealed stream: an erased person's address reads as gone.
      const { state } = await this.streams.read(subscriberDecider, subscriberStreamId(target.userId));
      if (state.status !== 'subscribed' || !state.email || state.email === '[erased]') return { outcome: 'rejected', reason: 'the subscriber has no address (erased or removed)' };
      address = state.email;
      if (!this.email) return { outcome: 'retry', reason: 'no SMTP server configured' };
      return await this.email.send({ deliveryId, to: address, language: state.language, notification });
    } catch (error) {
      // A channel should answer an outcome; one that throws is a transient failure, its message kept short and without the address.
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      return { outcome: 'retry', reason: address ? message.split(address).join('<recipient>') : message };
    }
  }

  private async record(deliveryId: string, attempt: number, outcome: DeliveryOutcome): Promise<void> {
    try {
      await this.streams.transaction((tx) => this.streams.commands.run<RecordDeliveryAttempt, ReturnType<typeof deliveryDecider.initialState>, Parameters<typeof deliveryDecider.evolve>[1]>(
        tx, this.cause(deliveryId), deliveryDecider, deliveryStreamId(deliveryId), { type: 'RecordDeliveryAttempt', attempt, outcome, backoffMs: this.settings.backoffMs },
      ), false);
    } catch (error) {
      // Another dispatcher recorded this attempt first: its send and ours carried the same id.
      if (error instanceof ConcurrencyError || (error instanceof DomainError && error.kind === 'conflict')) {
        this.log.warn('delivery attempt recorded elsewhere', { deliveryId, attempt });
        return;
      }
      throw error;
    }
  }
}
