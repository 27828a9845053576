import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { OrganisationEvent } from './domain/organisation';

/** Organisations for lists; no contact persons (personal data stays in the encrypted events). */
export function organisationSummariesProjection(schema: string) {
  const table = `${schema}.organisation_summaries`;
  return {
    name: 'intake.organisation-summaries',
    handles: ['OrganisationRegistered', 'PledgeSignatureRecorded', 'PledgeWithdrawalRecorded'],
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as OrganisationEvent;
      const rev = recorded.streamPosition;
      switch (event.type) {
        case 'OrganisationRegistered':
          await tx.query(
            `INSERT INTO ${table} (organisation_id, legal_name, country, registered_at, revision) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (organisation_id) DO NOTHING`,
            [event.data.organisationId, event.data.legalName, event.data.country, event.data.registeredAt, rev],
          );
          return;
        case 'PledgeSignatureRecorded':
        case 'PledgeWithdrawalRecorded':
          await tx.query(
            `UPDATE ${table} SET pledge_version = $2, revision = $3 WHERE organisation_id = $1 AND revision < $3`,
            [event.data.organisationId, event.type === 'PledgeSignatureRecorded' ? event.data.pledgeVersion : null, rev],
          );
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
