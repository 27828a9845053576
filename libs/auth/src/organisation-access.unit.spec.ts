import { DomainError } from '@hpc-access/eventsourcing';
import { assertMayAccessOrganisation, assertNotChairOfApplicant } from './organisation-access';

function refusal(check: () => void): { code: string } | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code };
    throw error;
  }
}

describe('which organisation a caller may reach', () => {
  it('lets an applicant reach their own organisation only', () => {
    expect(refusal(() => assertMayAccessOrganisation({ role: 'applicant', organisationId: 'org-1' }, 'org-1'))).toBeUndefined();
    expect(refusal(() => assertMayAccessOrganisation({ role: 'applicant', organisationId: 'org-1' }, 'org-2'))).toEqual({ code: 'not-your-organisation' });
  });

  it('refuses an applicant whose token names no organisation', () => {
    expect(refusal(() => assertMayAccessOrganisation({ role: 'applicant' }, 'org-1'))).toEqual({ code: 'not-your-organisation' });
  });

  it('leaves staff to their routes roles', () => {
    expect(refusal(() => assertMayAccessOrganisation({ role: 'intake-officer', organisationId: 'org-1' }, 'org-2'))).toBeUndefined();
  });

  it('refuses an ethics chair the records of their own organisation, not of others', () => {
    expect(refusal(() => assertNotChairOfApplicant({ role: 'ethics-chair', organisationId: 'org-1' }, 'org-1'))).toEqual({ code: 'own-organisation' });
    expect(refusal(() => assertNotChairOfApplicant({ role: 'ethics-chair', organisationId: 'org-1' }, 'org-2'))).toBeUndefined();
    expect(refusal(() => assertNotChairOfApplicant({ role: 'ethics-chair' }, 'org-1'))).toBeUndefined();
    expect(refusal(() => assertNotChairOfApplicant({ role: 'intake-officer', organisationId: 'org-1' }, 'org-1'))).toBeUndefined();
  });
});
