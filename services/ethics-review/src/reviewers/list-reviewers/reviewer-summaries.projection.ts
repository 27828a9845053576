import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import type { ReviewerEvent } from '../domain/reviewer';

/** A registered reviewer (table ethics_reviewers). */
export interface ReviewerRow {
  reviewerId: string;
  organisationId: string;
  expertise: string[];
  registeredAt: Date;
}

/** The reviewer registry as a table; a registration seen again changes nothing. */
export function reviewerRows(schema: string): RowModel<ReviewerRow, ReviewerEvent> {
  return {
    table: `${schema}.ethics_reviewers`,
    columns: {
      reviewerId: columns.text('reviewer_id'),
      organisationId: columns.text('organisation_id'),
      expertise: columns.textArray('expertise'),
      registeredAt: columns.timestamp('registered_at'),
    },
    key: ['reviewerId'],
    canHandle: ['ReviewerRegistered'],
    keyOf: (event) => ({ reviewerId: event.data.reviewerId }),
    evolve(row, event) {
      const { reviewerId, organisationId, expertise, registeredAt } = event.data;
      return row ?? { reviewerId, organisationId, expertise, registeredAt: new Date(registeredAt) };
    },
  };
}

export const reviewerSummariesProjection = (schema: string) => rowProjection('ethics-review.reviewers', reviewerRows(schema));
