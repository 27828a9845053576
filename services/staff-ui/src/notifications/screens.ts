// The notification screens, loaded when one is first opened (routes.tsx): a chunk of their own.
export { FailedDeliveriesPage } from './FailedDeliveriesPage';
export { InboxPage } from './InboxPage';
export { NotificationSettingsPage } from './NotificationSettingsPage';
export { WebhookDeliveriesPage } from './WebhookDeliveriesPage';
export { WebhooksPage } from './WebhooksPage';
