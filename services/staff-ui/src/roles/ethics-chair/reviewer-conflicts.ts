import type { Schemas } from '../../api/client';

/**
 * Why a registered reviewer may not be assigned to a case, as the API's assignment rules say
 * (services/ethics-review README, "Assignment"): the chair sees it before trying, not as a 422.
 * - `affiliated`: the reviewer's affiliation is the applicant organisation;
 * - `declared-conflict`: they were assigned and declared a conflict of interest (recused);
 * - `assigned`: they are already assigned (and not recused);
 * - `self`: the reviewer is the chair looking at the page.
 */
export type ConflictKind = 'affiliated' | 'declared-conflict' | 'assigned' | 'self';

export interface ReviewerOption {
  reviewer: Schemas['ReviewerView'];
  conflicts: ConflictKind[];
  /** The statement of a declared conflict, to show the chair why. */
  statement: string | null;
  assignable: boolean;
}

type Case = Pick<Schemas['EthicsCaseView'], 'organisationId' | 'assignments'>;

export function reviewerOptions(reviewers: readonly Schemas['ReviewerView'][], kase: Case, chairUserId: string | null): ReviewerOption[] {
  return reviewers.map((reviewer) => {
    const conflicts: ConflictKind[] = [];
    const assignment = (kase.assignments ?? []).find((a) => a.reviewerId === reviewer.reviewerId);
    if (reviewer.organisationId === kase.organisationId) conflicts.push('affiliated');
    if (assignment?.declaration?.conflict) conflicts.push('declared-conflict');
    else if (assignment) conflicts.push('assigned');
    if (chairUserId !== null && reviewer.reviewerId === chairUserId) conflicts.push('self');
    return { reviewer, conflicts, statement: assignment?.declaration?.conflict ? assignment.declaration.statement : null, assignable: conflicts.length === 0 };
  });
}

/** Reviewers still counting towards the case's required number: assigned and not recused. */
export function activeReviewers(kase: Pick<Schemas['EthicsCaseView'], 'assignments'>): number {
  return (kase.assignments ?? []).filter((a) => !a.declaration?.conflict).length;
}
