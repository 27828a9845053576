import type { Schemas } from '../../api/client';

export type Rating = Schemas['RatingDto']['rating'];

export interface ReviewFormValues {
  /**
   * One entry per principle, in the dossier's order; the paths match the API's (`ratings.2.comment`).
   * `comment` is for the applicant; `internalComment` (may stay empty) for the chair and reviewers only.
   */
  ratings: Array<{ principle: string; rating: Rating | ''; comment: string; internalComment: string }>;
}

export interface DeclarationFormValues {
  /** 'none': no conflict, the dossier opens; 'conflict': recused, it never does. */
  conflict: 'none' | 'conflict' | '';
  statement: string;
}

export const DECLARATION_FIELDS = ['conflict', 'statement'] as const;

export function reviewFields(count: number): string[] {
  return ['ratings', ...Array.from({ length: count }, (_, i) => [`ratings.${i}.rating`, `ratings.${i}.comment`, `ratings.${i}.internalComment`]).flat()];
}

export function emptyReview(principles: readonly string[]): ReviewFormValues {
  return { ratings: principles.map((principle) => ({ principle, rating: '', comment: '', internalComment: '' })) };
}

/** The body the API takes (ReviewDto): every principle once, the comments trimmed; an empty internal comment is left out. */
export function toReview(values: ReviewFormValues): Schemas['ReviewDto'] {
  return {
    ratings: values.ratings.map(({ principle, rating, comment, internalComment }) => {
      const internal = internalComment.trim();
      return { principle, rating: rating as Rating, comment: comment.trim(), ...(internal ? { internalComment: internal } : {}) };
    }),
  };
}

export function toDeclaration(values: DeclarationFormValues): Schemas['DeclarationDto'] {
  return { conflict: values.conflict === 'conflict', statement: values.statement.trim() };
}

type Translate = (key: string) => string;

/** As the reviewer types (RatingDto: a rating and a comment of 1 to 4,000 characters for each principle, an internal one of at most 4,000). */
export function reviewValidators(t: Translate) {
  return {
    ratings: {
      rating: (value: string) => (value === '' ? t('review.ratingRequired') : null),
      comment: (value: string) => (value.trim() === '' ? t('review.commentRequired') : value.trim().length > 4000 ? t('review.commentLength') : null),
      internalComment: (value: string) => (value.trim().length > 4000 ? t('review.internalCommentLength') : null),
    },
  };
}

/** DeclarationDto: a choice, and a statement of 3 to 4,000 characters. */
export function declarationValidators(t: Translate) {
  return {
    conflict: (value: string) => (value === '' ? t('declare.choiceRequired') : null),
    statement: (value: string) => (value.trim().length < 3 || value.trim().length > 4000 ? t('declare.statementLength') : null),
  };
}

/** Where the reviewer stands on an assigned case: what the page shows. */
export type ReviewerStep = 'declare' | 'recused' | 'review' | 'reviewed' | 'ended';

export function reviewerStep(kase: Pick<Schemas['EthicsCaseView'], 'assignment' | 'review' | 'dossier'>): ReviewerStep {
  const assignment = kase.assignment;
  if (!assignment || assignment.declaration === null) return assignment?.endedAt ? 'ended' : 'declare';
  if (assignment.declaration.conflict) return 'recused';
  if (kase.review) return 'reviewed';
  return assignment.endedAt || !kase.dossier ? 'ended' : 'review';
}
