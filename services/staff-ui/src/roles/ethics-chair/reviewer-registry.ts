type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The reviewer registry: its filter and page in the URL (`?expertise=privacy&page=2`), and the
 * registration form with RegisterReviewerDto's bounds, checked as typed (the API checks again and
 * its problem+json lands on the same fields).
 */
export interface ReviewerSearch {
  expertise?: string;
  page?: number;
}

export function validateReviewerSearch(search: Record<string, unknown>): ReviewerSearch {
  const result: ReviewerSearch = {};
  const expertise = search['expertise'];
  if (typeof expertise === 'string' && expertise.trim().length >= 2 && expertise.length <= 100) result.expertise = expertise.trim();
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

export interface ReviewerFormValues {
  reviewerId: string;
  organisationId: string;
  expertise: string[];
}

export const REVIEWER_FORM_FIELDS: readonly string[] = ['reviewerId', 'organisationId', 'expertise'];

const USER_ID = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export const reviewerValidators = (t: Translate) => ({
  reviewerId: (v: string) => (USER_ID.test(v.trim()) ? null : t('reviewers.invalidUserId')),
  organisationId: (v: string) => (ORGANISATION_ID.test(v.trim()) ? null : t('reviewers.invalidOrganisationId')),
  expertise: (v: string[]) => (v.length > 20 ? t('reviewers.tooManyExpertise') : v.some((e) => e.trim().length < 2 || e.length > 100) ? t('reviewers.expertiseLength') : null),
});

/** The body the API takes: ids trimmed, each expertise once. */
export function toRegistration(values: ReviewerFormValues): ReviewerFormValues {
  const expertise = [...new Set(values.expertise.map((e) => e.trim()).filter((e) => e.length > 0))];
  return { reviewerId: values.reviewerId.trim(), organisationId: values.organisationId.trim(), expertise };
}
