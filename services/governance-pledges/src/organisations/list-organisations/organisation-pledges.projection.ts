import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import {
  evolveOrganisationPledge, initialOrganisationPledgeState, openBreaches, organisationPledgeStreamId,
  type OrganisationPledgeEvent, type OrganisationPledgeState,
} from '../domain/organisation-pledge';

const PREFIX = organisationPledgeStreamId('');

/** One organisation's pledge (table organisation_pledges): its folded state and the columns lists filter on. */
export interface OrganisationPledgeRow {
  organisationId: string;
  legalName: string | null;
  status: string;
  signedVersion: number | null;
  nextAttestationDue: Date | null;
  attestationOverdue: boolean;
  openBreaches: number;
  openObligations: number;
  overdueObligations: number;
  suspended: boolean;
  state: OrganisationPledgeState;
  updatedAt: Date;
  revision: number;
}

/**
 * One row per organisation, folded with the domain's own evolve; every event of its stream moves
 * the row (updated_at, revision), so a replay of events a row has seen changes nothing.
 */
export function organisationPledgeRows(schema: string): RowModel<OrganisationPledgeRow, OrganisationPledgeEvent> {
  return {
    table: `${schema}.organisation_pledges`,
    columns: {
      organisationId: columns.text('organisation_id'),
      legalName: columns.nullable.text('legal_name'),
      status: columns.text('status'),
      signedVersion: columns.nullable.number('signed_version'),
      nextAttestationDue: columns.nullable.timestamp('next_attestation_due'),
      attestationOverdue: columns.boolean('attestation_overdue'),
      openBreaches: columns.number('open_breaches'),
      openObligations: columns.number('open_obligations'),
      overdueObligations: columns.number('overdue_obligations'),
      suspended: columns.boolean('suspended'),
      state: columns.json<OrganisationPledgeState>('state'),
      updatedAt: columns.timestamp('updated_at'),
      revision: columns.number('revision'),
    },
    key: ['organisationId'],
    // Every event of an organisation's pledge stream, as the domain folds them all.
    revision: 'revision',
    keyOf: (event) => (event.streamId.startsWith(PREFIX) ? { organisationId: event.streamId.slice(PREFIX.length) } : null),
    evolve(row, event) {
      const state = evolveOrganisationPledge(row?.state ?? initialOrganisationPledgeState(), { type: event.type, data: event.data } as OrganisationPledgeEvent);
      const obligationsOpen = state.obligations.filter((o) => o.status !== 'fulfilled');
      return {
        organisationId: event.streamId.slice(PREFIX.length), legalName: state.registration?.legalName ?? null, status: state.status,
        signedVersion: state.signature?.pledgeVersion ?? null,
        nextAttestationDue: state.attestation?.nextDueAt ? new Date(state.attestation.nextDueAt) : null,
        attestationOverdue: state.attestation?.overdueSince != null, openBreaches: openBreaches(state).length,
        openObligations: obligationsOpen.length, overdueObligations: obligationsOpen.filter((o) => o.overdueSince !== null).length,
        suspended: state.suspension !== null, state, updatedAt: event.recordedAt, revision: event.streamPosition,
      };
    },
  };
}

export const organisationPledgesProjection = (schema: string) => rowProjection('governance.organisation-pledges', organisationPledgeRows(schema));
