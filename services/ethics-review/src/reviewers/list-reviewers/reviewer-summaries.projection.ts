import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { ReviewerEvent } from '../domain/reviewer';

/** The reviewer registry as a table; a replay inserts nothing twice. */
export function reviewerSummariesProjection(schema: string) {
  const table = `${schema}.ethics_reviewers`;
  return {
    name: 'ethics-review.reviewers',
    handles: ['ReviewerRegistered'],
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as ReviewerEvent;
      const { reviewerId, organisationId, expertise, registeredAt } = event.data;
      await tx.query(
        `INSERT INTO ${table} (reviewer_id, organisation_id, expertise, registered_at) VALUES ($1, $2, $3, $4) ON CONFLICT (reviewer_id) DO NOTHING`,
        [reviewerId, organisationId, expertise, registeredAt],
      );
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
