import { columns, rowProjection, rowTable, type RowModel } from '@hpc-access/sql';
import type { EthicsCaseEvent } from '../domain/ethics-case';

const CASE_STREAM = 'ethics-case-';

/** One case of the list (table ethics_case_summaries). */
export interface CaseSummaryRow {
  caseId: string;
  applicationId: string;
  organisationId: string;
  mode: string;
  status: string;
  outcome: string | null;
  reviewersRequired: number;
  reviewsIn: number;
  openedAt: Date;
  updatedAt: Date;
  revision: number;
}

/** Who is on which case, for "cases assigned to me" (table ethics_case_reviewers). */
export interface CaseReviewerRow {
  caseId: string;
  reviewerId: string;
  /** assigned, declared (no conflict), recused or reviewed. */
  state: string;
}

/** The list of cases, one row each; the row carries its stream revision, so a replay changes nothing. */
export function caseSummaryRows(schema: string): RowModel<CaseSummaryRow, EthicsCaseEvent> {
  return {
    table: `${schema}.ethics_case_summaries`,
    columns: {
      caseId: columns.text('case_id'),
      applicationId: columns.text('application_id'),
      organisationId: columns.text('organisation_id'),
      mode: columns.text('mode'),
      status: columns.text('status'),
      outcome: columns.nullable.text('outcome'),
      reviewersRequired: columns.number('reviewers_required'),
      reviewsIn: columns.number('reviews_in'),
      openedAt: columns.timestamp('opened_at'),
      updatedAt: columns.timestamp('updated_at'),
      revision: columns.number('revision'),
    },
    key: ['caseId'],
    canHandle: [
      'EthicsCaseOpened', 'ReviewerAssigned', 'ReviewerDeclaredNoConflict', 'ReviewerRecused', 'ReviewSubmitted', 'ReviewOverdue', 'ReviewerAssignmentEnded',
      'EthicsInformationRequested', 'EthicsInformationReceived', 'EthicsCaseDecided', 'EthicsCaseWithdrawn',
    ],
    revision: 'revision',
    keyOf: (event) => (event.streamId.startsWith(CASE_STREAM) ? { caseId: event.data.caseId } : null),
    evolve(row, event) {
      const at = event.recordedAt;
      if (event.type === 'EthicsCaseOpened') {
        const d = event.data;
        return row ?? {
          caseId: d.caseId, applicationId: d.applicationId, organisationId: d.organisationId, mode: d.mode, status: 'in-review', outcome: null,
          reviewersRequired: d.reviewersRequired, reviewsIn: 0, openedAt: new Date(d.openedAt), updatedAt: at, revision: 0,
        };
      }
      if (!row) return null;
      switch (event.type) {
        case 'ReviewSubmitted': {
          const reviewsIn = row.reviewsIn + 1;
          // Enough reviews in: the chair decides next.
          const status = row.status === 'in-review' && reviewsIn >= row.reviewersRequired ? 'awaiting-decision' : row.status;
          return { ...row, reviewsIn, status, updatedAt: at };
        }
        case 'EthicsInformationRequested':
          return { ...row, status: 'information-requested', updatedAt: at };
        case 'EthicsInformationReceived':
          return { ...row, status: 'awaiting-decision', updatedAt: at };
        case 'EthicsCaseDecided':
          return { ...row, status: 'decided', outcome: event.data.outcome, updatedAt: at };
        case 'EthicsCaseWithdrawn':
          return { ...row, status: 'withdrawn', updatedAt: at };
        default:
          // Assignments, declarations, overdue reviews and ended assignments only touch the case.
          return { ...row, updatedAt: at };
      }
    },
  };
}

/** Each reviewer's place on a case: assigned, declared no conflict, recused, reviewed. */
export function caseReviewerRows(schema: string): RowModel<CaseReviewerRow, EthicsCaseEvent> {
  return {
    table: `${schema}.ethics_case_reviewers`,
    columns: { caseId: columns.text('case_id'), reviewerId: columns.text('reviewer_id'), state: columns.text('state') },
    key: ['caseId', 'reviewerId'],
    canHandle: ['ReviewerAssigned', 'ReviewerDeclaredNoConflict', 'ReviewerRecused', 'ReviewSubmitted'],
    keyOf: (event) => (event.streamId.startsWith(CASE_STREAM) && 'reviewerId' in event.data ? { caseId: event.data.caseId, reviewerId: event.data.reviewerId } : null),
    evolve(row, event) {
      switch (event.type) {
        case 'ReviewerAssigned':
          return { caseId: event.data.caseId, reviewerId: event.data.reviewerId, state: 'assigned' };
        case 'ReviewerDeclaredNoConflict':
          return { caseId: event.data.caseId, reviewerId: event.data.reviewerId, state: 'declared' };
        case 'ReviewerRecused':
          return { caseId: event.data.caseId, reviewerId: event.data.reviewerId, state: 'recused' };
        case 'ReviewSubmitted':
          return row && { ...row, state: 'reviewed' };
        default:
          return row;
      }
    },
  };
}

/** Both tables under the one checkpoint the projection always had. */
export const caseSummariesProjection = (schema: string) => rowProjection('ethics-review.case-summaries', caseSummaryRows(schema), rowTable(caseReviewerRows(schema)));
