import i18n from '../i18n';
import en from './i18n/en.json';

// The notifications' strings are a namespace of their own, as each role's are (roles/registry.ts).
i18n.addResourceBundle('en', 'notifications', en, true, true);

export { NotificationBell } from './NotificationBell';
export { notificationRoutes } from './routes';
