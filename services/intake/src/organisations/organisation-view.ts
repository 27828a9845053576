import type { RegisteredOrganisation } from './domain/organisation';

/**
 * The organisation as a reader sees it; without `contacts` allowed, each contact person shows
 * only their id and role, never name, e-mail or phone (personal data to those who need it).
 */
export function organisationView(state: RegisteredOrganisation, revision: number, allowed: { contacts: boolean }) {
  return {
    organisationId: state.organisationId,
    legalName: state.legalName,
    country: state.country,
    registrationNumber: state.registrationNumber,
    sme: state.sme,
    contacts: allowed.contacts ? state.contacts : state.contacts.map(({ personId, role }) => ({ personId, role })),
    registeredAt: state.registeredAt,
    pledge: state.pledge,
    revision,
  };
}
