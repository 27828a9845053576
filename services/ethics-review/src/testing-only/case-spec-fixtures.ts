import type { ApplicationDossier } from '@hpc-access/contracts';
import type { CommandContext } from '@hpc-access/eventsourcing';
import type { EthicsCaseEvent, Rating } from '../cases/domain/ethics-case';

// Shared by the decider specs: one large-scale case of org-nova, chair-1 assigning reviewers.
export const NOW = new Date('2026-11-02T09:00:00.000Z');
export const AT = NOW.toISOString();
export const APP = '0196f3a0-0000-7000-8000-000000000001';
export const ORG = 'org-nova';
export const PRINCIPLES = ['humanAgency', 'privacyAndDataGovernance', 'fairness', 'wellbeing', 'transparency', 'accountabilityAndOversight'];

export const as = (id: string, role: string, organisationId?: string): CommandContext => ({ now: NOW, actor: { id, role, ...(organisationId ? { organisationId } : {}) } });
export const chair = as('chair-1', 'ethics-chair', 'ethics-office');
export const reviewer = (id: string) => as(id, 'ethics-reviewer', `${id}-uni`);

export function dossier(overrides: Partial<ApplicationDossier> = {}): ApplicationDossier {
  return {
    mode: 'large-scale', title: 'Nova foundation model', system: 'jupiter', partition: 'booster', gpuHours: 200000, durationMonths: 6,
    start: '2027-01-01', projectSummary: 'Training a multilingual model', modelKind: 'language', trainingComputeFlop: 1e23,
    personalData: false, copyrightedMaterial: true, tdmOptOutsHonoured: true, civilianUse: true, monthlyUsagePlan: [30000, 30000, 30000, 30000, 40000, 40000],
    issueCategories: [], prohibitedPractice: false,
    principles: PRINCIPLES.map((principle) => ({ principle, assessment: 'no-issue' as const, explanation: 'none' })),
    ...overrides,
  };
}

export const opened = (reviewersRequired = 2, mode: ApplicationDossier['mode'] = 'large-scale'): EthicsCaseEvent => ({
  type: 'EthicsCaseOpened',
  data: { caseId: APP, applicationId: APP, organisationId: ORG, mode, dossier: dossier({ mode }), reviewersRequired, openedAt: AT },
});

export const assigned = (reviewerId: string, assignedBy = 'chair-1'): EthicsCaseEvent => ({
  type: 'ReviewerAssigned',
  data: { caseId: APP, reviewerId, reviewerOrganisationId: `${reviewerId}-uni`, assignedBy, assignedAt: AT, reviewDueAt: '2026-11-12T09:00:00.000Z' },
});

export const declaredNoConflict = (reviewerId: string): EthicsCaseEvent => ({ type: 'ReviewerDeclaredNoConflict', data: { caseId: APP, reviewerId, statement: 'No ties to the applicant', declaredAt: AT } });
export const recused = (reviewerId: string): EthicsCaseEvent => ({ type: 'ReviewerRecused', data: { caseId: APP, reviewerId, statement: 'Former employee', declaredAt: AT } });

export const ratings = (overrides: Partial<Record<string, Rating['rating']>> = {}): Rating[] =>
  PRINCIPLES.map((principle) => ({ principle, rating: overrides[principle] ?? 'no-issue', comment: `${principle} is fine` }));

export const reviewed = (reviewerId: string): EthicsCaseEvent => ({ type: 'ReviewSubmitted', data: { caseId: APP, reviewerId, ratings: ratings(), submittedAt: AT } });

/** Two reviewers assigned, declared and reviewed: the chair may decide. */
export const readyForDecision: EthicsCaseEvent[] = [
  opened(), assigned('rev-a'), assigned('rev-b'), declaredNoConflict('rev-a'), declaredNoConflict('rev-b'), reviewed('rev-a'), reviewed('rev-b'),
];

export const assignmentEnded = (reviewerId: string, reason: 'case-decided' | 'case-withdrawn' = 'case-decided'): EthicsCaseEvent => ({
  type: 'ReviewerAssignmentEnded',
  data: { caseId: APP, reviewerId, reason, endedAt: AT },
});

export const informationRequested: EthicsCaseEvent = { type: 'EthicsInformationRequested', data: { caseId: APP, applicationId: APP, organisationId: ORG, questions: ['Which datasets hold personal data?'], requestedBy: 'chair-1', requestedAt: AT } };
