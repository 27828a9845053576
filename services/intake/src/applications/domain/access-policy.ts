import { forbidden } from '@hpc-access/eventsourcing';

/**
 * An applicant sees and acts only for their own organisation (DOMAIN.md, separation of duties).
 * Staff roles are limited by their routes' roles, not by organisation.
 */
export function assertMayAccessOrganisation(actor: { role: string; organisationId?: string }, organisationId: string): void {
  if (actor.role === 'applicant' && actor.organisationId !== organisationId) {
    throw forbidden('not-your-organisation', 'applicants can only see and act on their own organisation\'s records');
  }
}
