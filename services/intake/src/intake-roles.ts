import type { Role } from '@hpc-access/auth';

/**
 * Who may read an application's dossier (the application, its history, its organisation):
 * the applicant's organisation, intake officers, ethics reviewers cleared on its case, ethics
 * chairs not of the applicant's organisation, the allocation committee, auditors and
 * administrators (ARCHITECTURE.md section 9). The per-record limits are in applications/access-policy.ts
 * and dossier-readers/; every other role is refused with 403.
 */
export const READERS: Role[] = ['applicant', 'intake-officer', 'ethics-reviewer', 'ethics-chair', 'allocation-committee', 'auditor', 'administrator'];

/**
 * Who reads contact persons' names, e-mails and phones: the organisation itself, the intake
 * officers who deal with it, and administrators (who erase them). The others see each contact's
 * id and role only: a chair, the committee and a reviewer judge the project, not the people, and
 * an auditor verifies the record (erasures included) without needing to reach anyone (ADR 13).
 */
export const CONTACT_READERS: Role[] = ['applicant', 'intake-officer', 'administrator'];
