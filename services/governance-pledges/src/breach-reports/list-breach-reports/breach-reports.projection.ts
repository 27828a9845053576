import type { RecordedEvent } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import { breachReportStreamId, evolveBreachReport, initialBreachReportState, type BreachReportEvent, type BreachReportState } from '../domain/breach-report';

const PREFIX = breachReportStreamId('');

/** The list of breach reports; rows move forward by stream revision only, so a replay changes nothing. */
export function breachReportsProjection(schema: string) {
  const table = `${schema}.breach_reports`;
  return {
    name: 'governance.breach-reports',
    async apply(tx: Sql, recorded: RecordedEvent): Promise<void> {
      if (!recorded.streamId.startsWith(PREFIX)) return;
      const reportId = recorded.streamId.slice(PREFIX.length);
      const { rows } = await tx.query<{ state: BreachReportState; revision: number }>(`SELECT state, revision FROM ${table} WHERE report_id = $1`, [reportId]);
      if (rows[0] && rows[0].revision >= recorded.streamPosition) return;
      const state = evolveBreachReport(rows[0]?.state ?? initialBreachReportState(), { type: recorded.type, data: recorded.data } as BreachReportEvent);
      if (state.status === 'none') return;
      await tx.query(
        `INSERT INTO ${table} (report_id, organisation_id, status, filed_by, filed_role, filed_at, decided_at, state, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (report_id) DO UPDATE SET status = EXCLUDED.status, decided_at = EXCLUDED.decided_at, state = EXCLUDED.state, revision = EXCLUDED.revision`,
        [reportId, state.report.organisationId, state.status, state.report.filedBy, state.report.filedRole, state.report.filedAt, state.decision?.decidedAt ?? null, JSON.stringify(state), recorded.streamPosition],
      );
    },
    async reset(tx: Sql): Promise<void> {
      await tx.query(`TRUNCATE ${table}`);
    },
  };
}
