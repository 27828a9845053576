import type { Role } from '@hpc-access/auth';

/** Who may read allocations' balances; applicants are further limited to their organisation. */
export const BALANCE_READERS: Role[] = ['applicant', 'accounting-officer', 'auditor', 'allocation-committee', 'governance-officer', 'administrator'];

/** Who may read the ledger's job records (flagged, conflicting): staff only. */
export const LEDGER_READERS: Role[] = ['accounting-officer', 'auditor', 'administrator'];

/** Import reports: staff, and the sites that sent them. */
export const IMPORT_READERS: Role[] = [...LEDGER_READERS, 'site'];

/** Who may read the configuration; only officers and administrators change it. */
export const CONFIGURATION_READERS: Role[] = ['accounting-officer', 'administrator', 'auditor'];
export const CONFIGURATION_WRITERS: Role[] = ['accounting-officer', 'administrator'];
