import type { ServiceDefinition } from '@hpc-access/service-host';
import { AuditModule } from './audit.module';
import { ledgerOptionsFromEnv } from './ledger-options';

/** Audit as a process of its own (distributed mode): reads the other services' schemas on the same server. */
export const auditService: ServiceDefinition = {
  name: 'audit',
  schema: 'audit',
  description: 'Read-only: the signed ledger over every service\'s events, its proofs, and the one timeline',
  module: ({ db, clock, schema }) => AuditModule.register({ db, clock, schema, ledger: ledgerOptionsFromEnv(process.env) }),
};
