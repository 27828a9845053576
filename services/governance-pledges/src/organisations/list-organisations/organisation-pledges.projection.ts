import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import {
  evolveOrganisationPledge, initialOrganisationPledgeState, openBreaches, organisationPledgeStreamId,
  type OrganisationPledgeEvent, type OrganisationPledgeState,
} from '../domain/organisation-pledge';

const PREFIX = organisationPledgeStreamId('');

/**
 * One row per organisation: its folded state (the domain's own evolve) and the columns lists
 * filter on. A row only moves forward by stream revision, so replaying events changes nothing.
 */
export function organisationPledgesProjection(schema: string) {
  const table = `${schema}.organisation_pledges`;
  return {
    name: 'governance.organisation-pledges',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      if (!recorded.streamId.startsWith(PREFIX)) return;
      const { rows } = await tx.query<{ state: OrganisationPledgeState; revision: number }>(`SELECT state, revision FROM ${table} WHERE organisation_id = $1`, [recorded.streamId.slice(PREFIX.length)]);
      if (rows[0] && rows[0].revision >= recorded.streamPosition) return;
      const state = evolveOrganisationPledge(rows[0]?.state ?? initialOrganisationPledgeState(), { type: recorded.type, data: recorded.data } as OrganisationPledgeEvent);
      const obligationsOpen = state.obligations.filter((o) => o.status !== 'fulfilled');
      await tx.query(
        `INSERT INTO ${table} (organisation_id, legal_name, status, signed_version, next_attestation_due, attestation_overdue, open_breaches,
           open_obligations, overdue_obligations, suspended, state, updated_at, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (organisation_id) DO UPDATE SET legal_name = EXCLUDED.legal_name, status = EXCLUDED.status, signed_version = EXCLUDED.signed_version,
           next_attestation_due = EXCLUDED.next_attestation_due, attestation_overdue = EXCLUDED.attestation_overdue, open_breaches = EXCLUDED.open_breaches,
           open_obligations = EXCLUDED.open_obligations, overdue_obligations = EXCLUDED.overdue_obligations, suspended = EXCLUDED.suspended,
           state = EXCLUDED.state, updated_at = EXCLUDED.updated_at, revision = EXCLUDED.revision`,
        [
          state.organisationId, state.registration?.legalName ?? null, state.status, state.signature?.pledgeVersion ?? null,
          state.attestation?.nextDueAt ?? null, state.attestation?.overdueSince != null, openBreaches(state).length,
          obligationsOpen.length, obligationsOpen.filter((o) => o.overdueSince !== null).length, state.suspension !== null,
          JSON.stringify(state), recorded.recordedAt, recorded.streamPosition,
        ],
      );
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
