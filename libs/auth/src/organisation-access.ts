import { forbidden } from '@hpc-access/eventsourcing';

/** The part of a caller's actor that decides which organisation's records it may reach. */
export interface OrganisationActor {
  role: string;
  organisationId?: string;
}

/**
 * An applicant sees and acts only for their own organisation (DOMAIN.md, separation of duties);
 * an applicant whose token names no organisation reaches none. Staff roles are limited by their
 * routes' roles, not by organisation. 403 not-your-organisation otherwise.
 */
export function assertMayAccessOrganisation(actor: OrganisationActor, organisationId: string): void {
  if (actor.role === 'applicant' && actor.organisationId !== organisationId) {
    throw forbidden('not-your-organisation', "applicants can only see and act on their own organisation's records");
  }
}

/**
 * Nobody reads an application's records in an ethics role for their own organisation: a chair of
 * the applicant's organisation is refused (a chair whose token names no organisation is of none;
 * ADR 13). 403 own-organisation otherwise.
 */
export function assertNotChairOfApplicant(actor: OrganisationActor, organisationId: string): void {
  if (actor.role === 'ethics-chair' && actor.organisationId !== undefined && actor.organisationId === organisationId) {
    throw forbidden('own-organisation', 'an ethics chair may not read the records of their own organisation');
  }
}
