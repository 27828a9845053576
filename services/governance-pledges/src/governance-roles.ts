import type { Role } from '@hpc-access/auth';

/** Everyone who may read pledge records; applicants are further limited to their organisation. */
export const READERS: Role[] = [
  'applicant', 'intake-officer', 'technical-assessor', 'ethics-reviewer', 'ethics-chair',
  'allocation-committee', 'governance-officer', 'accounting-officer', 'auditor', 'administrator',
];

/** Staff who may report a suspected breach (the auditor reads everything and writes nothing). */
export const BREACH_REPORTERS: Role[] = ['governance-officer', 'ethics-chair', 'allocation-committee', 'accounting-officer', 'intake-officer'];

/** Who reads breach reports: staff, the auditor and the administrator; never applicants. */
export const BREACH_REPORT_READERS: Role[] = [...BREACH_REPORTERS, 'auditor', 'administrator'];

/** Who edits the configuration; the auditor reads it too. */
export const CONFIGURATION_EDITORS: Role[] = ['governance-officer', 'administrator'];

/** Who lists obligations across organisations: the officer who judges them, the chair who set them, the auditor, the administrator. */
export const OBLIGATION_READERS: Role[] = ['governance-officer', 'ethics-chair', 'auditor', 'administrator'];
