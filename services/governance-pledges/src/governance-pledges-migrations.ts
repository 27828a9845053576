import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { messagingMigrations } from '@hpc-access/messaging';
import { schedulerMigrations } from '@hpc-access/scheduler';

/** Everything in governance's schema besides the event store: relay, inbox, deadlines, idempotency keys, read models. */
export function governanceMigrations(schema: string): Migration[] {
  return [
    ...messagingMigrations(schema),
    ...schedulerMigrations(),
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...loadSqlMigrations(findRepoFile('infra/migrations/governance-pledges'), 'governance-pledges'),
  ];
}
