/** DI tokens of the notifications service. */
export const NOTIFICATIONS_DB = Symbol('NOTIFICATIONS_DB');
export const NOTIFICATIONS_BUS = Symbol('NOTIFICATIONS_BUS');
export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');
export const NOTIFICATIONS_CLOCK = Symbol('NOTIFICATIONS_CLOCK');
/** The PostgresEventStore of the schema, migrated; personal data is sealed by the wrap in NotificationsStreams. */
export const NOTIFICATIONS_RAW_STORE = Symbol('NOTIFICATIONS_RAW_STORE');
/** The same store with subscribers' addresses (and webhook secrets) sealed per subject: what slices read and write. */
export const NOTIFICATIONS_STORE = Symbol('NOTIFICATIONS_STORE');
export const NOTIFICATIONS_KEYS = Symbol('NOTIFICATIONS_KEYS');
/** `PersonalDataKeysIn<Sql>`: keys through a transaction, so a new key commits with its append. */
export const NOTIFICATIONS_KEYS_IN = Symbol('NOTIFICATIONS_KEYS_IN');
/** `DeliveryChannel<EmailRequest>`. */
export const EMAIL_CHANNEL = Symbol('EMAIL_CHANNEL');
/** `DeliveryChannel<WebhookRequest>`. */
export const WEBHOOK_CHANNEL = Symbol('WEBHOOK_CHANNEL');
/** `WebhookEndpointDirectory`. */
export const WEBHOOK_DIRECTORY = Symbol('WEBHOOK_DIRECTORY');

export { systemClock, type Clock } from '@hpc-access/eventsourcing';

export interface NotificationsOptionsShape {
  /** The database schema holding notifications' events, read models, inbox and checkpoints. */
  schema: string;
}
