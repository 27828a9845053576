import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { ApplicationEvent } from '../domain/application';

/**
 * The list of applications, one row each. Every update carries the event's stream revision and
 * only moves a row forward, so replaying the same events gives the same table.
 */
export function applicationSummariesProjection(schema: string) {
  const table = `${schema}.application_summaries`;
  return {
    name: 'intake.application-summaries',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      const event = { type: recorded.type, data: recorded.data } as ApplicationEvent;
      const rev = recorded.streamPosition;
      const at = recorded.recordedAt;
      switch (event.type) {
        case 'ApplicationDrafted': {
          const p = event.data.proposal;
          await tx.query(
            `INSERT INTO ${table} (application_id, organisation_id, status, mode, title, system, partition, gpu_hours, updated_at, revision)
             VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (application_id) DO NOTHING`,
            [event.data.applicationId, event.data.organisationId, p.mode ?? null, p.title ?? null, p.system ?? null, p.partition ?? null, p.gpuHours ?? null, at, rev],
          );
          return;
        }
        case 'ApplicationAmended':
        case 'InformationProvided': {
          const c = event.data.changes;
          await tx.query(
            `UPDATE ${table} SET mode = COALESCE($2, mode), title = COALESCE($3, title), system = COALESCE($4, system),
               partition = COALESCE($5, partition), gpu_hours = COALESCE($6, gpu_hours), updated_at = $7, revision = $8,
               status = CASE WHEN $9 THEN 'screening' ELSE status END
             WHERE application_id = $1 AND revision < $8`,
            [event.data.applicationId, c.mode ?? null, c.title ?? null, c.system ?? null, c.partition ?? null, c.gpuHours ?? null, at, rev, event.type === 'InformationProvided'],
          );
          return;
        }
        case 'ApplicationSubmitted':
          await tx.query(
            `UPDATE ${table} SET status = 'submitted', submitted_at = $2, updated_at = $2, revision = $3 WHERE application_id = $1 AND revision < $3`,
            [event.data.applicationId, at, rev],
          );
          return;
        default:
          await tx.query(
            `UPDATE ${table} SET status = $2, updated_at = $3, revision = $4 WHERE application_id = $1 AND revision < $4`,
            [event.data.applicationId, STATUS_AFTER[event.type], at, rev],
          );
      }
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}

const STATUS_AFTER: Record<Exclude<ApplicationEvent['type'], 'ApplicationDrafted' | 'ApplicationAmended' | 'InformationProvided' | 'ApplicationSubmitted'>, string> = {
  ScreeningStarted: 'screening',
  ApplicationFoundEligible: 'eligible',
  ApplicationFoundIneligible: 'ineligible',
  InformationRequested: 'information-requested',
  ApplicationWithdrawn: 'withdrawn',
  EthicsInformationRequested: 'ethics-information-requested',
  EthicsInformationProvided: 'eligible',
  ApplicationAwarded: 'awarded',
  ApplicationRefused: 'refused',
};
