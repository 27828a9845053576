import { IntakeEvents, createIntegrationEvent, type ApplicationDossier, type IntegrationEvent } from '@hpc-access/contracts';
import { newEventId } from '@hpc-access/eventsourcing';

const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];

/** A believable dossier of a playground application, as intake publishes it. */
export function playgroundDossier(): ApplicationDossier {
  return {
    mode: 'playground', title: 'Speech model for Baltic languages', system: 'leonardo', partition: 'booster', gpuHours: 4000, durationMonths: 2,
    start: '2027-01-04', projectSummary: 'Fine-tuning an open speech model', modelKind: 'multimodal', trainingComputeFlop: 3e20,
    personalData: false, copyrightedMaterial: false, tdmOptOutsHonoured: true, civilianUse: true, monthlyUsagePlan: [2000, 2000],
    issueCategories: [], prohibitedPractice: false,
    principles: PRINCIPLES.map((principle) => ({ principle, assessment: 'no-issue' as const, explanation: 'none identified' })),
  };
}

/** `count` eligible screenings, as intake would publish them: each opens one ethics case. */
export function eligibleScreenings(count: number, prefix = 'rel'): IntegrationEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const applicationId = `${prefix}-${String(i).padStart(6, '0')}`;
    return createIntegrationEvent(IntakeEvents.ApplicationScreened, {
      id: newEventId(),
      subject: applicationId,
      time: new Date().toISOString(),
      correlationId: newEventId(),
      causationId: null,
      data: { applicationId, organisationId: `org-${i % 97}`, outcome: 'eligible', reasons: [], dossier: playgroundDossier() },
    });
  });
}
