import type { Role } from '@hpc-access/auth';

/** Everyone who may read intake records; applicants are further limited to their organisation. */
export const READERS: Role[] = [
  'applicant', 'intake-officer', 'technical-assessor', 'ethics-reviewer', 'ethics-chair',
  'allocation-committee', 'governance-officer', 'accounting-officer', 'auditor', 'administrator',
];
