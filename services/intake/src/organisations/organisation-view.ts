import type { RegisteredOrganisation } from './domain/organisation';

export function organisationView(state: RegisteredOrganisation, revision: number) {
  return {
    organisationId: state.organisationId,
    legalName: state.legalName,
    country: state.country,
    registrationNumber: state.registrationNumber,
    sme: state.sme,
    contacts: state.contacts,
    registeredAt: state.registeredAt,
    pledge: state.pledge,
    revision,
  };
}
