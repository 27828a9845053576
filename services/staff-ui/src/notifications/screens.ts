// The notification screens, loaded when one is first opened (routes.tsx): a chunk of their own.
export { InboxPage } from './InboxPage';
export { NotificationSettingsPage } from './NotificationSettingsPage';
