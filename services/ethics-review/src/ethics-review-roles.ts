import type { Role } from '@hpc-access/auth';

/** Staff who run ethics review: the chair, and the administrator behind every context. */
export const ETHICS_STAFF: Role[] = ['ethics-chair', 'administrator'];

/** Who may read cases at all; reviewers and applicants see less (see case-view.ts). */
export const CASE_READERS: Role[] = ['ethics-chair', 'ethics-reviewer', 'applicant', 'auditor', 'administrator'];

/** Who may read everything, identities and comments included; auditors write nothing. */
export const FULL_READERS: Role[] = ['ethics-chair', 'auditor', 'administrator'];
