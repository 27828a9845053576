import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { EthicsCaseEvent } from '../domain/ethics-case';

/**
 * The list of cases, one row each, and who is on which case. Every update carries the event's
 * stream revision and only moves a row forward, so replaying the same events gives the same tables.
 */
export function caseSummariesProjection(schema: string) {
  const cases = `${schema}.ethics_case_summaries`;
  const reviewers = `${schema}.ethics_case_reviewers`;
  const setStatus = (tx: Sql, caseId: string, status: string, at: Date, rev: number, extra = '') =>
    tx.query(`UPDATE ${cases} SET status = $2, updated_at = $3, revision = $4 ${extra} WHERE case_id = $1 AND revision < $4`, [caseId, status, at, rev]);
  return {
    name: 'ethics-review.case-summaries',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      if (!recorded.streamId.startsWith('ethics-case-')) return;
      const event = { type: recorded.type, data: recorded.data } as EthicsCaseEvent;
      const rev = recorded.streamPosition;
      const at = recorded.recordedAt;
      const { caseId } = event.data;
      switch (event.type) {
        case 'EthicsCaseOpened': {
          const d = event.data;
          await tx.query(
            `INSERT INTO ${cases} (case_id, application_id, organisation_id, mode, status, reviewers_required, opened_at, updated_at, revision)
             VALUES ($1, $2, $3, $4, 'in-review', $5, $6, $7, $8) ON CONFLICT (case_id) DO NOTHING`,
            [caseId, d.applicationId, d.organisationId, d.mode, d.reviewersRequired, d.openedAt, at, rev],
          );
          return;
        }
        case 'ReviewerAssigned':
        case 'ReviewerDeclaredNoConflict':
        case 'ReviewerRecused': {
          const state = event.type === 'ReviewerAssigned' ? 'assigned' : event.type === 'ReviewerRecused' ? 'recused' : 'declared';
          await tx.query(
            `INSERT INTO ${reviewers} (case_id, reviewer_id, state) VALUES ($1, $2, $3) ON CONFLICT (case_id, reviewer_id) DO UPDATE SET state = EXCLUDED.state`,
            [caseId, event.data.reviewerId, state],
          );
          await tx.query(`UPDATE ${cases} SET updated_at = $2, revision = $3 WHERE case_id = $1 AND revision < $3`, [caseId, at, rev]);
          return;
        }
        case 'ReviewSubmitted':
          await tx.query(`UPDATE ${reviewers} SET state = 'reviewed' WHERE case_id = $1 AND reviewer_id = $2`, [caseId, event.data.reviewerId]);
          await tx.query(
            `UPDATE ${cases} SET reviews_in = reviews_in + 1, updated_at = $2, revision = $3,
               status = CASE WHEN status = 'in-review' AND reviews_in + 1 >= reviewers_required THEN 'awaiting-decision' ELSE status END
             WHERE case_id = $1 AND revision < $3`,
            [caseId, at, rev],
          );
          return;
        case 'ReviewOverdue':
        case 'ReviewerAssignmentEnded':
          await tx.query(`UPDATE ${cases} SET updated_at = $2, revision = $3 WHERE case_id = $1 AND revision < $3`, [caseId, at, rev]);
          return;
        case 'EthicsInformationRequested':
          await setStatus(tx, caseId, 'information-requested', at, rev);
          return;
        case 'EthicsInformationReceived':
          await setStatus(tx, caseId, 'awaiting-decision', at, rev);
          return;
        case 'EthicsCaseDecided':
          await tx.query(`UPDATE ${cases} SET status = 'decided', outcome = $2, updated_at = $3, revision = $4 WHERE case_id = $1 AND revision < $4`, [caseId, event.data.outcome, at, rev]);
          return;
        case 'EthicsCaseWithdrawn':
          await setStatus(tx, caseId, 'withdrawn', at, rev);
          return;
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${cases}, ${reviewers}`);
    },
  };
}
