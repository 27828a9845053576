import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import { breachReportStreamId, evolveBreachReport, initialBreachReportState, type BreachReportEvent, type FiledBreachReport } from '../domain/breach-report';

const PREFIX = breachReportStreamId('');

/** One breach report (table breach_reports): its folded state and the columns lists filter on. */
export interface BreachReportRow {
  reportId: string;
  organisationId: string;
  status: string;
  filedBy: string;
  filedRole: string;
  filedAt: Date;
  decidedAt: Date | null;
  state: FiledBreachReport;
  revision: number;
}

/** The list of breach reports, folded with the domain's own evolve; a replay changes nothing. */
export function breachReportRows(schema: string): RowModel<BreachReportRow, BreachReportEvent> {
  return {
    table: `${schema}.breach_reports`,
    columns: {
      reportId: columns.text('report_id'),
      organisationId: columns.text('organisation_id'),
      status: columns.text('status'),
      filedBy: columns.text('filed_by'),
      filedRole: columns.text('filed_role'),
      filedAt: columns.timestamp('filed_at'),
      decidedAt: columns.nullable.timestamp('decided_at'),
      state: columns.json<FiledBreachReport>('state'),
      revision: columns.number('revision'),
    },
    key: ['reportId'],
    // Every event of a report's stream, as the domain folds them all.
    revision: 'revision',
    keyOf: (event) => (event.streamId.startsWith(PREFIX) ? { reportId: event.streamId.slice(PREFIX.length) } : null),
    evolve(row, event) {
      const state = evolveBreachReport(row?.state ?? initialBreachReportState(), { type: event.type, data: event.data } as BreachReportEvent);
      if (state.status === 'none') return row;
      const { report, decision } = state;
      return {
        reportId: event.streamId.slice(PREFIX.length), organisationId: report.organisationId, status: state.status, filedBy: report.filedBy, filedRole: report.filedRole,
        filedAt: new Date(report.filedAt), decidedAt: decision ? new Date(decision.decidedAt) : null, state, revision: event.streamPosition,
      };
    },
  };
}

export const breachReportsProjection = (schema: string) => rowProjection('governance.breach-reports', breachReportRows(schema));
