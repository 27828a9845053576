import { Inject, Injectable, Optional, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { structuredLogger } from '@hpc-access/http';
import { Inbox, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';
import type { Database } from '@hpc-access/sql';
import { DeliveryDispatcher, type DispatchPass } from './dispatch/delivery-dispatcher';
import { DISPATCH_SETTINGS, type DispatchSettings } from './dispatch/dispatch-settings';
import { NotificationsStreams } from './notifications-streams';
import { EMAIL_CHANNEL, NOTIFICATIONS_BUS, NOTIFICATIONS_DB, NOTIFICATIONS_OPTIONS, type NotificationsOptionsShape } from './notifications.tokens';
import { onIntegrationEvents } from './raise-notifications/on-integration-event.reaction';
import { contextsWithRules } from './rules/rules';

/**
 * What runs in the background of notifications: one consumer per topic the rules read (each
 * event handled in the inbox's transaction), and the dispatcher's loop (fan-out, then the
 * deliveries due). Started after the HTTP routes exist, stopped before the database closes.
 */
@Injectable()
export class NotificationsRuntime implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = structuredLogger('notifications');
  private subscriptions: BusSubscription[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    @Inject(NOTIFICATIONS_DB) private readonly db: Database,
    @Inject(NOTIFICATIONS_BUS) private readonly bus: MessageBus,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptionsShape,
    @Inject(DISPATCH_SETTINGS) private readonly settings: DispatchSettings,
    private readonly streams: NotificationsStreams,
    private readonly dispatcher: DeliveryDispatcher,
    @Optional() @Inject(EMAIL_CHANNEL) private readonly email: { close?(): void } | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { commands } = this.streams;
    for (const context of contextsWithRules()) {
      const { topic, group, handlers } = onIntegrationEvents(context, commands, this.options.schema);
      this.subscriptions.push(await subscribeToIntegrationEvents({ bus: this.bus, db: this.db, inbox: new Inbox(this.options.schema), topic, group, handlers, committed: commands.committed }));
    }
    if (this.settings.autoStart) this.schedule(0);
  }

  /** One dispatcher pass now (tests drive it by hand after moving their clock; the loop calls it too). */
  dispatchDue(): Promise<DispatchPass> {
    return this.dispatcher.dispatchDue();
  }

  /** Read models are written with their events: nothing lags behind a commit. */
  async settled(): Promise<void> {}

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.loop;
    for (const subscription of this.subscriptions) await subscription.stop();
    // The SMTP channel keeps a pool of connections open between sends.
    this.email?.close?.();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.loop = this.dispatcher.dispatchDue()
        .then(() => undefined, (error: unknown) => this.log.error('dispatch pass failed; the next pass tries again', { error: String(error) }))
        .finally(() => this.schedule(this.settings.pollIntervalMs));
    }, delayMs);
  }
}
