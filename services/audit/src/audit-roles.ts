import type { Role } from '@hpc-access/auth';

/** Auditors read everything and write nothing (ARCHITECTURE.md section 9); administrators too. */
export const AUDIT_READERS: Role[] = ['auditor', 'administrator'];
