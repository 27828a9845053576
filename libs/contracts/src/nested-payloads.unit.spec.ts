import { EthicsEvents } from './ethics';
import { IntakeEvents, type ApplicationDossier } from './intake';
import { createIntegrationEvent } from './integration-event';
import { validateIntegrationEvent, type FieldError } from './validation';

const envelope = { id: '01933b6e-8f5a-7c3e-9a41-5d2f0e6b7c10', subject: 'app-1', time: '2026-03-02T09:30:00.000Z', correlationId: 'c-1', causationId: null };
const wire = (event: object): Record<string, unknown> => JSON.parse(JSON.stringify(event));
const errorsOf = (raw: unknown): FieldError[] => {
  const result = validateIntegrationEvent(raw);
  if (result.ok) throw new Error('expected the event to be rejected');
  return result.errors;
};

const dossier: ApplicationDossier = {
  mode: 'playground', title: 'Baltic speech', system: 'leonardo', partition: 'booster', gpuHours: 4000, durationMonths: 2, start: '2027-01-04',
  projectSummary: 'Fine-tuning', modelKind: 'multimodal', trainingComputeFlop: 3e20, personalData: false, copyrightedMaterial: false,
  tdmOptOutsHonoured: true, civilianUse: true, monthlyUsagePlan: [2000, 2000], issueCategories: [], prohibitedPractice: false,
  principles: [{ principle: 'fairness', assessment: 'no-issue', explanation: 'none' }],
};
const screened = (d: unknown) => wire(createIntegrationEvent(IntakeEvents.ApplicationScreened, { ...envelope, data: { applicationId: 'app-1', organisationId: 'org-1', outcome: 'eligible', reasons: [], dossier: d as ApplicationDossier } }));

// The dossier and the conditions are nested classes: consumers must check them as deeply as the rest.
describe('nested payloads', () => {
  it('accepts an eligible screening with its dossier, and one without (the dossier is optional)', () => {
    expect(validateIntegrationEvent(screened(dossier)).ok).toBe(true);
    const { dossier: _omitted, ...withoutDossier } = screened(dossier).data as Record<string, unknown>;
    expect(validateIntegrationEvent({ ...screened(dossier), data: withoutDossier }).ok).toBe(true);
  });

  it('names the field inside the dossier that is wrong', () => {
    expect(errorsOf(screened({ ...dossier, gpuHours: 0 }))).toEqual([{ field: 'data.dossier.gpuHours', reason: 'gpuHours must not be less than 1' }]);
    expect(errorsOf(screened({ ...dossier, principles: [{ principle: 'fairness', assessment: 'fine', explanation: '' }] }))).toEqual([
      { field: 'data.dossier.principles.0.assessment', reason: 'assessment must be one of the following values: no-issue, issue-mitigated, issue-open' },
    ]);
  });

  it('checks each condition of an ethics decision', () => {
    const decided = (conditions: unknown[]) =>
      wire(createIntegrationEvent(EthicsEvents.EthicsDecided, { ...envelope, data: { caseId: 'app-1', applicationId: 'app-1', organisationId: 'org-1', outcome: 'cleared-with-conditions', conditions: conditions as never, reasons: [], decidedAt: envelope.time } }));
    expect(validateIntegrationEvent(decided([{ conditionId: 'app-1-condition-1', text: 'Publish a model card', dueDate: '2027-03-01' }])).ok).toBe(true);
    expect(errorsOf(decided([{ conditionId: 'app-1-condition-1', text: 'Publish a model card', dueDate: 'soon' }]))).toEqual([
      { field: 'data.conditions.0.dueDate', reason: 'dueDate must be a valid ISO 8601 date string' },
    ]);
  });
});
