import type { Schemas } from '../../api/client';

export type Rating = Schemas['RatingView']['rating'];

export interface ReviewCell {
  reviewerId: string;
  rating: Rating;
  /** Written for the applicant. */
  comment: string;
  /** For the chair and reviewers only; null where the reviewer wrote none (and in reviews from before it existed). */
  internalComment: string | null;
}

export interface PrincipleRow {
  principle: string;
  /** One cell per reviewer, in the order of `reviewers`; null where that reviewer did not rate the principle. */
  cells: Array<ReviewCell | null>;
  /** The worst rating given: the chair reads the rows with a major issue first. */
  worst: Rating | null;
}

export interface ReviewGrid {
  reviewers: string[];
  rows: PrincipleRow[];
}

const SEVERITY: Record<Rating, number> = { 'no-issue': 0, 'minor-issue': 1, 'major-issue': 2 };

/**
 * The reviews side by side: one row per principle (the configured order, then any other principle a
 * review rated, so nothing submitted is hidden), one column per reviewer in the order they submitted.
 */
export function reviewsByPrinciple(principles: readonly string[], reviews: readonly Schemas['ReviewView'][]): ReviewGrid {
  const ordered = [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const reviewers = ordered.map((review) => review.reviewerId);
  const all = [...principles];
  for (const review of ordered) for (const { principle } of review.ratings) if (!all.includes(principle)) all.push(principle);
  const rows = all.map((principle) => {
    const cells = ordered.map((review) => {
      const rating = review.ratings.find((r) => r.principle === principle);
      return rating ? { reviewerId: review.reviewerId, rating: rating.rating, comment: rating.comment, internalComment: rating.internalComment ?? null } : null;
    });
    const worst = cells.reduce<Rating | null>((acc, cell) => (cell && (acc === null || SEVERITY[cell.rating] > SEVERITY[acc]) ? cell.rating : acc), null);
    return { principle, cells, worst };
  });
  return { reviewers, rows };
}

/** How many ratings of each kind the reviews gave: the decision page's summary line. */
export function ratingCounts(reviews: readonly Schemas['ReviewView'][]): Record<Rating, number> {
  const counts: Record<Rating, number> = { 'no-issue': 0, 'minor-issue': 0, 'major-issue': 0 };
  for (const review of reviews) for (const { rating } of review.ratings) counts[rating] += 1;
  return counts;
}
