import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { messagingMigrations } from '@hpc-access/messaging';

/** Everything in notifications' schema besides the event store: inbox, checkpoints, idempotency keys, read models. */
export function notificationsMigrations(schema: string): Migration[] {
  return [
    ...messagingMigrations(schema),
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...loadSqlMigrations(findRepoFile('infra/migrations/notifications'), 'notifications'),
  ];
}
