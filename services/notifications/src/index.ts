export { NotificationsModule, type NotificationsModuleOptions } from './notifications.module';
export { NotificationsRuntime } from './notifications-runtime';
export { notificationsService } from './notifications-service';
export { notificationsConfigFromEnv, parseBackoff, DEFAULT_NOTIFICATIONS_CONFIG, type NotificationsConfig } from './notifications-config';
export { DEFAULT_BACKOFF_MS } from './domain/delivery';
export type { DeliveryChannel, DeliveryOutcome, EmailRequest, WebhookRequest, WebhookEndpointDirectory } from './shared/delivery-channel';
export type { NotificationContent, NotificationKind, Audience } from './shared/notification';
