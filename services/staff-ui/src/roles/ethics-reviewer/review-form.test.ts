import { describe, expect, it } from 'vitest';
import { declarationValidators, emptyReview, reviewerStep, reviewFields, reviewValidators, toDeclaration, toReview } from './review-form';

const t = (key: string) => key;
const assignment = (declaration: { conflict: boolean } | null, endedAt: string | null = null) => ({
  assignedAt: '2026-12-01T00:00:00Z',
  reviewDueAt: '2026-12-11T00:00:00Z',
  endedAt,
  overdue: false,
  declaration: declaration && { ...declaration, statement: 'statement', declaredAt: '2026-12-02T00:00:00Z' },
});
const dossier = {} as never;

describe("the reviewer's declaration and review", () => {
  it('declares before anything else; a conflict recuses for good; the review form opens only with the dossier', () => {
    expect(reviewerStep({ assignment: assignment(null) })).toBe('declare');
    expect(reviewerStep({ assignment: assignment({ conflict: true }) })).toBe('recused');
    expect(reviewerStep({ assignment: assignment({ conflict: true }, '2026-12-05T00:00:00Z') })).toBe('recused');
    expect(reviewerStep({ assignment: assignment({ conflict: false }), dossier })).toBe('review');
    expect(reviewerStep({ assignment: assignment({ conflict: false }), dossier, review: { reviewerId: 'r', submittedAt: 'x', ratings: [] } })).toBe('reviewed');
    expect(reviewerStep({ assignment: assignment({ conflict: false }, '2026-12-05T00:00:00Z') })).toBe('ended');
    expect(reviewerStep({ assignment: assignment(null, '2026-12-05T00:00:00Z') })).toBe('ended');
  });

  it('rates every principle with a comment, sent as the API names them', () => {
    const values = emptyReview(['fairness', 'transparency']);
    expect(reviewFields(2)).toEqual(['ratings', 'ratings.0.rating', 'ratings.0.comment', 'ratings.0.internalComment', 'ratings.1.rating', 'ratings.1.comment', 'ratings.1.internalComment']);
    const v = reviewValidators(t);
    expect(v.ratings.rating(values.ratings[0]?.rating ?? '')).toBe('review.ratingRequired');
    expect(v.ratings.comment('   ')).toBe('review.commentRequired');
    expect(v.ratings.comment('x'.repeat(4001))).toBe('review.commentLength');
    expect(v.ratings.comment('Bias evaluation planned')).toBeNull();
    values.ratings = [
      { principle: 'fairness', rating: 'minor-issue', comment: ' Bias evaluation planned ', internalComment: '' },
      { principle: 'transparency', rating: 'no-issue', comment: 'Model card published', internalComment: '   ' },
    ];
    expect(toReview(values)).toEqual({
      ratings: [
        { principle: 'fairness', rating: 'minor-issue', comment: 'Bias evaluation planned' },
        { principle: 'transparency', rating: 'no-issue', comment: 'Model card published' },
      ],
    });
  });

  it('takes an optional internal comment beside the one for the applicant, sent only when written', () => {
    const values = emptyReview(['fairness']);
    expect(values.ratings[0]).toEqual({ principle: 'fairness', rating: '', comment: '', internalComment: '' });
    const v = reviewValidators(t);
    expect(v.ratings.internalComment('')).toBeNull();
    expect(v.ratings.internalComment('Ask for the evaluation protocol')).toBeNull();
    expect(v.ratings.internalComment('x'.repeat(4001))).toBe('review.internalCommentLength');
    values.ratings = [{ principle: 'fairness', rating: 'major-issue', comment: 'Bias evaluation missing', internalComment: ' Ask for the protocol ' }];
    expect(toReview(values)).toEqual({ ratings: [{ principle: 'fairness', rating: 'major-issue', comment: 'Bias evaluation missing', internalComment: 'Ask for the protocol' }] });
  });

  it('wants a choice and a statement of 3 characters or more', () => {
    const v = declarationValidators(t);
    expect(v.conflict('')).toBe('declare.choiceRequired');
    expect(v.statement('no')).toBe('declare.statementLength');
    expect(v.statement('I have no ties to the applicant.')).toBeNull();
    expect(toDeclaration({ conflict: 'conflict', statement: ' I advised them. ' })).toEqual({ conflict: true, statement: 'I advised them.' });
    expect(toDeclaration({ conflict: 'none', statement: 'None.' })).toEqual({ conflict: false, statement: 'None.' });
  });
});
