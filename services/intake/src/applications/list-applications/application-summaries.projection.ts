import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import type { ApplicationEvent } from '../domain/application';
import { applicationCounts } from './application-counts';
import type { DraftProposal } from '../domain/proposal';

/** One row of the application list (table application_summaries). */
export interface ApplicationSummaryRow {
  applicationId: string;
  organisationId: string;
  status: string;
  mode: string | null;
  title: string | null;
  system: string | null;
  partition: string | null;
  gpuHours: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  revision: number;
}

/** The status each event leaves an application in, for the events that only move the status. */
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

const proposalFields = (p: DraftProposal) => ({ mode: p.mode ?? null, title: p.title ?? null, system: p.system ?? null, partition: p.partition ?? null, gpuHours: p.gpuHours ?? null });

/**
 * The list of applications, one row each, folded from the application's events. The row carries
 * the stream revision of its last event, so replaying the same events gives the same table.
 */
export function applicationSummaryRows(schema: string): RowModel<ApplicationSummaryRow, ApplicationEvent> {
  return {
    table: `${schema}.application_summaries`,
    columns: {
      applicationId: columns.text('application_id'),
      organisationId: columns.text('organisation_id'),
      status: columns.text('status'),
      mode: columns.nullable.text('mode'),
      title: columns.nullable.text('title'),
      system: columns.nullable.text('system'),
      partition: columns.nullable.text('partition'),
      gpuHours: columns.nullable.number('gpu_hours'),
      submittedAt: columns.nullable.timestamp('submitted_at'),
      updatedAt: columns.timestamp('updated_at'),
      revision: columns.number('revision'),
    },
    key: ['applicationId'],
    canHandle: ['ApplicationDrafted', 'ApplicationAmended', 'InformationProvided', 'ApplicationSubmitted', ...(Object.keys(STATUS_AFTER) as Array<keyof typeof STATUS_AFTER>)],
    revision: 'revision',
    keyOf: (event) => ({ applicationId: event.data.applicationId }),
    evolve(row, event) {
      const at = event.recordedAt;
      if (event.type === 'ApplicationDrafted') {
        return row ?? { applicationId: event.data.applicationId, organisationId: event.data.organisationId, status: 'draft', ...proposalFields(event.data.proposal), submittedAt: null, updatedAt: at, revision: 0 };
      }
      if (!row) return null;
      switch (event.type) {
        case 'ApplicationAmended':
        case 'InformationProvided': {
          const changes = proposalFields(event.data.changes);
          const kept = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null));
          return { ...row, ...kept, status: event.type === 'InformationProvided' ? 'screening' : row.status, updatedAt: at };
        }
        case 'ApplicationSubmitted':
          return { ...row, status: 'submitted', submittedAt: at, updatedAt: at };
        default:
          return { ...row, status: STATUS_AFTER[event.type], updatedAt: at };
      }
    },
  };
}

export const applicationSummariesProjection = (schema: string) => {
  const rows = applicationSummaryRows(schema);
  // The list's totals, counted in the same transaction as the rows (application-counts.ts).
  return rowProjection('intake.application-summaries', rows, applicationCounts(schema, rows.canHandle ?? []));
};
