import { openBreaches, type OrganisationPledgeState } from './domain/organisation-pledge';

/** An organisation's standing under the pledge, as staff and the organisation itself see it. */
export function organisationView(state: OrganisationPledgeState, revision: number) {
  return {
    organisationId: state.organisationId,
    legalName: state.registration?.legalName ?? null,
    country: state.registration?.country ?? null,
    status: state.status,
    lapsed: state.status === 'lapsed',
    signature: state.signature,
    attestation: state.attestation
      ? { nextDueAt: state.attestation.nextDueAt, overdue: state.attestation.overdueSince !== null, breachAt: state.attestation.breachAt }
      : null,
    attestations: state.attestations,
    obligations: state.obligations.map((o) => ({ ...o, overdue: o.overdueSince !== null && o.status !== 'fulfilled' })),
    breaches: state.breaches,
    openBreaches: openBreaches(state).length,
    suspended: state.suspension !== null,
    suspension: state.suspension,
    revision,
  };
}

export type OrganisationView = ReturnType<typeof organisationView>;
