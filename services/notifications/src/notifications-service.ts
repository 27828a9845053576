import type { ServiceDefinition } from '@hpc-access/service-host';
import { notificationsConfigFromEnv } from './notifications-config';
import { NotificationsModule } from './notifications.module';

/** Notifications as a process of its own (distributed mode), configured by `NOTIFICATIONS_*` variables. */
export const notificationsService: ServiceDefinition = {
  name: 'notifications',
  schema: 'notifications',
  description: 'Who must hear of what: the inbox, e-mail over SMTP and signed webhooks',
  module: ({ db, bus, clock, schema }) => NotificationsModule.register({ db, bus, clock, schema, config: notificationsConfigFromEnv(process.env) }),
};
