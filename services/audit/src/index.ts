export { AuditModule, type AuditModuleOptions } from './audit.module';
export { AuditRuntime } from './audit-runtime';
export { auditService } from './audit-service';
export { ledgerOptionsFromEnv } from './ledger-options';
export { LedgerIntegrity } from './history-check/ledger-integrity';
