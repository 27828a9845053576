import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { EncryptingEventStore, PersonalDataCipher, type PersonalDataKeysIn } from '@hpc-access/eventsourcing';
import { PostgresEventStore, PostgresPersonalDataKeys } from '@hpc-access/eventstore-postgres';
import { runMigrations, type Database, type Sql } from '@hpc-access/sql';
import { HealthRegistry, IDEMPOTENCY_STORE, MetricsRegistry } from '@hpc-access/http';
import type { MessageBus } from '@hpc-access/messaging';
import { ListDeliveriesController } from './deliveries/list-deliveries.controller';
import { DeliveryDispatcher } from './dispatch/delivery-dispatcher';
import { DeliveryLog } from './dispatch/delivery-log';
import { DISPATCH_SETTINGS, type DispatchSettings } from './dispatch/dispatch-settings';
import { EmailChannel } from './email/email-channel';
import { InboxController } from './inbox/inbox.controller';
import { DEFAULT_NOTIFICATIONS_CONFIG, type NotificationsConfig } from './notifications-config';
import { registerNotificationsMetrics } from './notifications-metrics';
import { notificationsMigrations } from './notifications-migrations';
import { NOTIFICATIONS_PERSONAL_DATA } from './notifications-personal-data';
import { NotificationsRuntime } from './notifications-runtime';
import { NotificationsStreams } from './notifications-streams';
import {
  EMAIL_CHANNEL, NOTIFICATIONS_BUS, NOTIFICATIONS_CLOCK, NOTIFICATIONS_DB, NOTIFICATIONS_KEYS, NOTIFICATIONS_KEYS_IN, NOTIFICATIONS_OPTIONS,
  NOTIFICATIONS_RAW_STORE, NOTIFICATIONS_STORE, WEBHOOK_CHANNEL, WEBHOOK_DIRECTORY, systemClock, type Clock,
} from './notifications.tokens';
import type { DeliveryChannel, EmailRequest, WebhookEndpointDirectory, WebhookRequest } from './shared/delivery-channel';
import { EraseSubscriberController } from './subscribers/erase-subscriber.controller';
import { MeController } from './subscribers/me.controller';
import { WEBHOOK_ENDPOINT_DIRECTORY, WebhookChannel, webhookControllers, webhookProviders } from './webhooks';

export interface NotificationsModuleOptions {
  db: Database;
  bus: MessageBus;
  /** The database schema of notifications' events, read models, inbox and checkpoints. */
  schema?: string;
  clock?: Clock;
  /** SMTP, From, base URL, backoff, polling, webhook settings (defaults: DEFAULT_NOTIFICATIONS_CONFIG). */
  config?: Partial<NotificationsConfig>;
  /** Channels in place of the SMTP and webhook ones (tests that fail on purpose). */
  channels?: { email?: DeliveryChannel<EmailRequest>; webhook?: DeliveryChannel<WebhookRequest> };
  /** A directory in place of the webhook endpoints' read model. */
  webhookEndpoints?: WebhookEndpointDirectory;
}

/** Notifications: who must hear of what, in the inbox, by e-mail and by signed webhook (ADR 34). */
@Module({})
export class NotificationsModule {
  static register(options: NotificationsModuleOptions): DynamicModule {
    const schema = options.schema ?? 'notifications';
    const config: NotificationsConfig = { ...DEFAULT_NOTIFICATIONS_CONFIG, ...options.config };
    const dispatch: DispatchSettings = { backoffMs: config.backoffMs, pollIntervalMs: config.pollIntervalMs, autoStart: config.dispatcherAutoStart };
    const providers: Provider[] = [
      { provide: NOTIFICATIONS_DB, useValue: options.db },
      { provide: NOTIFICATIONS_BUS, useValue: options.bus },
      { provide: NOTIFICATIONS_OPTIONS, useValue: { schema } },
      { provide: NOTIFICATIONS_CLOCK, useValue: options.clock ?? systemClock },
      { provide: DISPATCH_SETTINGS, useValue: dispatch },
      {
        // Migrations run before anything touches the schema: every other provider depends on this one.
        provide: NOTIFICATIONS_RAW_STORE,
        useFactory: async () => {
          const store = await PostgresEventStore.open(options.db, { schema });
          await runMigrations(options.db, schema, notificationsMigrations(schema));
          return store;
        },
      },
      { provide: NOTIFICATIONS_KEYS_IN, useValue: ((sql: Sql) => new PostgresPersonalDataKeys(sql, { schema })) satisfies PersonalDataKeysIn<Sql> },
      { provide: NOTIFICATIONS_KEYS, useFactory: () => new PostgresPersonalDataKeys(options.db, { schema }), inject: [NOTIFICATIONS_RAW_STORE] },
      {
        provide: NOTIFICATIONS_STORE,
        useFactory: (raw: PostgresEventStore, keys: PostgresPersonalDataKeys) => new EncryptingEventStore(raw, new PersonalDataCipher(keys, NOTIFICATIONS_PERSONAL_DATA)),
        inject: [NOTIFICATIONS_RAW_STORE, NOTIFICATIONS_KEYS],
      },
      // The keys seal what stored answers hold (a webhook's new secret), as in the events.
      { provide: IDEMPOTENCY_STORE, useFactory: (_raw: PostgresEventStore, keys: PostgresPersonalDataKeys) => ({ db: options.db, schema, keys }), inject: [NOTIFICATIONS_RAW_STORE, NOTIFICATIONS_KEYS] },
      {
        provide: 'NOTIFICATIONS_HEALTH',
        useFactory: (health: HealthRegistry) => health.register('notifications-database', async () => { await options.db.query('SELECT 1'); }),
        inject: [HealthRegistry],
      },
      {
        provide: 'NOTIFICATIONS_METRICS',
        useFactory: (metrics: MetricsRegistry) => registerNotificationsMetrics(metrics, options.db, schema),
        inject: [MetricsRegistry, NOTIFICATIONS_RAW_STORE],
      },
      ...webhookProviders({ eventStore: NOTIFICATIONS_RAW_STORE, personalDataKeys: NOTIFICATIONS_KEYS, clock: NOTIFICATIONS_CLOCK, deliveryLog: DeliveryLog, settings: config.webhooks }),
      {
        provide: EMAIL_CHANNEL,
        // No SMTP server configured: e-mail deliveries are retried (and fail in the end) rather than dropped unseen.
        useFactory: () => options.channels?.email ?? (config.smtpUrl ? new EmailChannel({ smtpUrl: config.smtpUrl, from: config.fromAddress, baseUrl: config.publicBaseUrl }) : null),
      },
      options.channels?.webhook ? { provide: WEBHOOK_CHANNEL, useValue: options.channels.webhook } : { provide: WEBHOOK_CHANNEL, useExisting: WebhookChannel },
      options.webhookEndpoints ? { provide: WEBHOOK_DIRECTORY, useValue: options.webhookEndpoints } : { provide: WEBHOOK_DIRECTORY, useExisting: WEBHOOK_ENDPOINT_DIRECTORY },
      DeliveryLog,
      NotificationsStreams,
      DeliveryDispatcher,
      NotificationsRuntime,
    ];
    return {
      module: NotificationsModule,
      controllers: [InboxController, MeController, EraseSubscriberController, ListDeliveriesController, ...webhookControllers],
      providers,
      exports: [NotificationsRuntime],
    };
  }
}
