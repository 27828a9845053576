import { describe, expect, it } from 'vitest';
import { ratingCounts, reviewsByPrinciple } from './review-grid';

const review = (reviewerId: string, submittedAt: string, ratings: Array<[string, 'no-issue' | 'minor-issue' | 'major-issue']>) => ({
  reviewerId,
  submittedAt,
  ratings: ratings.map(([principle, rating]) => ({ principle, rating, comment: `${reviewerId} on ${principle}` })),
});

describe('the reviews side by side', () => {
  it('puts one row per configured principle and one column per reviewer, in the order they submitted', () => {
    const later = review('rev-b', '2026-12-02T10:00:00Z', [['fairness', 'major-issue'], ['transparency', 'no-issue']]);
    const earlier = review('rev-a', '2026-12-01T10:00:00Z', [['transparency', 'minor-issue'], ['fairness', 'no-issue']]);
    const grid = reviewsByPrinciple(['fairness', 'transparency'], [later, earlier]);
    expect(grid.reviewers).toEqual(['rev-a', 'rev-b']);
    expect(grid.rows.map((r) => r.principle)).toEqual(['fairness', 'transparency']);
    expect(grid.rows[0]?.cells).toEqual([
      { reviewerId: 'rev-a', rating: 'no-issue', comment: 'rev-a on fairness', internalComment: null },
      { reviewerId: 'rev-b', rating: 'major-issue', comment: 'rev-b on fairness', internalComment: null },
    ]);
    expect(grid.rows.map((r) => r.worst)).toEqual(['major-issue', 'minor-issue']);
  });

  it('shows the internal comment beside the comment, and none where the reviewer wrote none', () => {
    const withInternal = review('rev-a', '2026-12-01T10:00:00Z', [['fairness', 'minor-issue'], ['transparency', 'no-issue']]);
    withInternal.ratings[0] = { ...withInternal.ratings[0]!, internalComment: 'Ask for the bias protocol' } as (typeof withInternal.ratings)[number];
    const grid = reviewsByPrinciple(['fairness', 'transparency'], [withInternal]);
    expect(grid.rows[0]?.cells[0]).toEqual({ reviewerId: 'rev-a', rating: 'minor-issue', comment: 'rev-a on fairness', internalComment: 'Ask for the bias protocol' });
    expect(grid.rows[1]?.cells[0]?.internalComment).toBeNull();
  });

  it('keeps a principle a review rated outside the configuration, and leaves a gap where a reviewer did not rate one', () => {
    const grid = reviewsByPrinciple(['fairness', 'wellbeing'], [review('rev-a', '2026-12-01T10:00:00Z', [['fairness', 'no-issue'], ['legacy', 'minor-issue']])]);
    expect(grid.rows.map((r) => r.principle)).toEqual(['fairness', 'wellbeing', 'legacy']);
    expect(grid.rows[1]).toEqual({ principle: 'wellbeing', cells: [null], worst: null });
  });

  it('has no columns before a review is in, and counts ratings per kind', () => {
    expect(reviewsByPrinciple(['fairness'], [])).toEqual({ reviewers: [], rows: [{ principle: 'fairness', cells: [], worst: null }] });
    expect(ratingCounts([review('a', '1', [['x', 'no-issue'], ['y', 'major-issue']]), review('b', '2', [['x', 'no-issue']])])).toEqual({ 'no-issue': 2, 'minor-issue': 0, 'major-issue': 1 });
  });
});
