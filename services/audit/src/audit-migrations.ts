import { findRepoFile, loadSqlMigrations, type Migration } from '@hpc-access/sql';

/** The audit schema's tables: the ledger's leaves, where it stands per service, its checkpoints. */
export function auditMigrations(): Migration[] {
  return loadSqlMigrations(findRepoFile('infra/migrations/audit'), 'audit');
}
