import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';
import { messagingMigrations } from '@hpc-access/messaging';
import { schedulerMigrations } from '@hpc-access/scheduler';

/** Allocation's tables after the event store's: inbox and relay, deadlines, idempotency keys, read models. */
export function allocationMigrations(schema: string): Migration[] {
  return [
    ...messagingMigrations(schema),
    ...schedulerMigrations(),
    ...loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'),
    ...loadSqlMigrations(findRepoFile('infra/migrations/allocation'), 'allocation'),
  ];
}
