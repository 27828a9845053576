import { forbidden } from '@hpc-access/eventsourcing';

interface Reader {
  role: string;
  organisationId?: string;
}

/**
 * An applicant sees and acts only for their own organisation (DOMAIN.md, separation of duties).
 * Staff roles are limited by their routes' roles, not by organisation.
 */
export function assertMayAccessOrganisation(actor: Reader, organisationId: string): void {
  if (actor.role === 'applicant' && actor.organisationId !== organisationId) {
    throw forbidden('not-your-organisation', 'applicants can only see and act on their own organisation\'s records');
  }
}

/**
 * Nobody reads a dossier in an ethics role for their own organisation: a chair of the applicant's
 * organisation is refused (a chair whose token names no organisation is of none). Reviewers of
 * the applicant's organisation are never assigned (ethics review refuses them).
 */
export function assertNotChairOfApplicant(actor: Reader, organisationId: string): void {
  if (actor.role === 'ethics-chair' && actor.organisationId !== undefined && actor.organisationId === organisationId) {
    throw forbidden('own-organisation', 'an ethics chair may not read the records of their own organisation');
  }
}

/** What can be decided once the record's organisation is known: the applicant's own, no chair of it. */
export function assertMayReadRecordsOf(actor: Reader, organisationId: string): void {
  assertMayAccessOrganisation(actor, organisationId);
  assertNotChairOfApplicant(actor, organisationId);
}
