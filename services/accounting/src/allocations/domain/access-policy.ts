import { forbidden } from '@hpc-access/eventsourcing';

/** An applicant sees only their organisation's allocations (DOMAIN.md, separation of duties). */
export function assertMayReadOrganisation(actor: { role: string; organisationId?: string }, organisationId: string): void {
  if (actor.role === 'applicant' && actor.organisationId !== organisationId) {
    throw forbidden('not-your-organisation', 'applicants can only see their own organisation\'s allocations');
  }
}
