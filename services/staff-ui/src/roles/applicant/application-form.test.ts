import { describe, expect, it } from 'vitest';
import { applicationValidators, emptyApplicationForm, fromProposalView, parsePlan, PRINCIPLES, spreadEvenly, toDraftProposal } from './application-form';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);
const modes = { playground: { minGpuHours: 1, maxGpuHours: 5000, durationsMonths: [1, 2, 3] } };

describe('the application form', () => {
  it('drafts only what was given: an empty form is an empty draft (but for the civilian-use default)', () => {
    expect(toDraftProposal(emptyApplicationForm())).toEqual({ civilianUse: true });
  });

  it('turns typed values into the API body, and back', () => {
    const values = emptyApplicationForm();
    Object.assign(values.proposal, { title: ' Grasp model ', mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 3000, durationMonths: 2, startDate: '2027-01-01', trainingComputeFlop: '4.2e21', monthlyUsagePlan: '1500, 1500' });
    for (const p of PRINCIPLES) values.proposal.ethicsSelfAssessment.principles[p].explanation = 'No issue here.';
    const draft = toDraftProposal(values);
    expect(draft).toMatchObject({ title: 'Grasp model', mode: 'playground', gpuHours: 3000, durationMonths: 2, trainingComputeFlop: 4.2e21, monthlyUsagePlan: [1500, 1500], startDate: '2027-01-01' });
    expect(draft.ethicsSelfAssessment?.principles.fairness).toEqual({ assessment: 'no-issue', explanation: 'No issue here.' });
    const back = fromProposalView({ ...draft, dataSources: null, ethicsSelfAssessment: draft.ethicsSelfAssessment ?? null } as never);
    expect(back.proposal.monthlyUsagePlan).toBe('1500, 1500');
    expect(back.proposal.gpuHours).toBe(3000);
  });

  it('checks the mode limits from the programme rules as the applicant types', () => {
    const v = applicationValidators(t, { modes }).proposal;
    const values = emptyApplicationForm();
    values.proposal.mode = 'playground';
    expect(v.gpuHours(8000, values)).toContain('validation.gpuHoursRange');
    expect(v.gpuHours(4000, values)).toBeNull();
    expect(v.gpuHours(12.5, values)).toBe('validation.wholeNumber');
    expect(v.durationMonths(6, values)).toContain('validation.durationForMode');
    expect(v.title('ab')).toBe('validation.titleLength');
    expect(v.title('')).toBeNull();
    expect(v.startDate('2027-13-01')).toBe('validation.date');
  });

  it('wants one plan entry per month', () => {
    const v = applicationValidators(t, {}).proposal;
    const values = emptyApplicationForm();
    values.proposal.durationMonths = 3;
    expect(v.monthlyUsagePlan('100, 200', values)).toContain('validation.monthlyPlanLength');
    expect(v.monthlyUsagePlan('100, x, 3', values)).toBe('validation.monthlyPlan');
    expect(parsePlan('1, 2,3')).toEqual([1, 2, 3]);
    expect(spreadEvenly(10, 3)).toEqual([4, 3, 3]);
  });
});
