import type { Role } from '@hpc-access/auth';
import { forbidden } from '@hpc-access/eventsourcing';

/** Staff who read allocation's records; the auditor reads everything and writes nothing. */
export const STAFF_READERS: Role[] = ['allocation-committee', 'technical-assessor', 'ethics-chair', 'governance-officer', 'accounting-officer', 'intake-officer', 'auditor', 'administrator'];

/** Who may read applications and allocations: staff, the hosting sites, and applicants for their organisation. */
export const READERS: Role[] = [...STAFF_READERS, 'site', 'applicant'];

/** Programme numbers are set by the allocation committee or an administrator. */
export const CONFIGURERS: Role[] = ['allocation-committee', 'administrator'];

/** An applicant sees and acts only for their own organisation (DOMAIN.md, separation of duties). */
export function assertMayAccessOrganisation(actor: { role: string; organisationId?: string }, organisationId: string): void {
  if (actor.role === 'applicant' && actor.organisationId !== organisationId) {
    throw forbidden('not-your-organisation', "applicants can only see and act on their own organisation's records");
  }
}
