import { describe, expect, it } from 'vitest';
import { reviewerValidators, toRegistration, validateReviewerSearch } from './reviewer-registry';

const t = (key: string) => key;

describe('the reviewer registry', () => {
  it('keeps an expertise filter and a page in the URL, and drops the rest', () => {
    expect(validateReviewerSearch({ expertise: ' privacy ', page: '2', sort: 'name' })).toEqual({ expertise: 'privacy', page: 2 });
    expect(validateReviewerSearch({ expertise: 'x', page: '0' })).toEqual({});
  });

  it("checks a registration as RegisterReviewerDto does: the sign-in id, the affiliation's id, 20 expertises of 2 to 100 characters", () => {
    const v = reviewerValidators(t);
    expect(v.reviewerId('rev-anna')).toBeNull();
    expect(v.reviewerId('-anna')).toBe('reviewers.invalidUserId');
    expect(v.reviewerId('anna smith')).toBe('reviewers.invalidUserId');
    expect(v.organisationId('org-demo-aurora')).toBeNull();
    expect(v.organisationId('Org Aurora')).toBe('reviewers.invalidOrganisationId');
    expect(v.expertise(['privacy', 'fairness'])).toBeNull();
    expect(v.expertise(['x'])).toBe('reviewers.expertiseLength');
    expect(v.expertise(Array.from({ length: 21 }, (_, i) => `topic ${i}`))).toBe('reviewers.tooManyExpertise');
  });

  it('sends ids trimmed and each expertise once', () => {
    expect(toRegistration({ reviewerId: ' rev-anna ', organisationId: 'org-x ', expertise: ['privacy', ' privacy', 'fairness', ' '] })).toEqual({ reviewerId: 'rev-anna', organisationId: 'org-x', expertise: ['privacy', 'fairness'] });
  });
});
