import { assertMayAccessOrganisation, assertNotChairOfApplicant, type OrganisationActor } from '@hpc-access/auth';

/** What can be decided once the record's organisation is known: the applicant's own, no chair of it. */
export function assertMayReadRecordsOf(actor: OrganisationActor, organisationId: string): void {
  assertMayAccessOrganisation(actor, organisationId);
  assertNotChairOfApplicant(actor, organisationId);
}
