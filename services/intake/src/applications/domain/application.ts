import type { DomainEvent } from '@hpc-access/eventsourcing';
import type { CheckResult } from './eligibility';
import type { DraftProposal, Proposal } from './proposal';

// ---- events ----------------------------------------------------------------------------------
export type ApplicationDrafted = DomainEvent<'ApplicationDrafted', { applicationId: string; organisationId: string; proposal: DraftProposal; draftedAt: string }>;
export type ApplicationAmended = DomainEvent<'ApplicationAmended', { applicationId: string; changes: DraftProposal; amendedAt: string }>;
export type ApplicationSubmitted = DomainEvent<'ApplicationSubmitted', { applicationId: string; organisationId: string; proposal: Proposal; submittedAt: string }>;
export type ScreeningStarted = DomainEvent<'ScreeningStarted', { applicationId: string; checks: CheckResult[]; startedAt: string }>;
/** Carries the proposal as found eligible: it is what ethics review and allocation work from. */
export type ApplicationFoundEligible = DomainEvent<'ApplicationFoundEligible', { applicationId: string; organisationId: string; checks: CheckResult[]; note: string | null; decidedAt: string; proposal?: Proposal }>;
export type ApplicationFoundIneligible = DomainEvent<'ApplicationFoundIneligible', { applicationId: string; organisationId: string; checks: CheckResult[]; reasons: string[]; decidedAt: string }>;
export type InformationRequested = DomainEvent<'InformationRequested', { applicationId: string; organisationId: string; questions: string[]; requestedAt: string }>;
export type InformationProvided = DomainEvent<'InformationProvided', { applicationId: string; organisationId?: string; answer: string; changes: DraftProposal; providedAt: string }>;
export type ApplicationWithdrawn = DomainEvent<'ApplicationWithdrawn', { applicationId: string; organisationId: string; reason: string; withdrawnAt: string }>;
// Recorded from other contexts' integration events: the applicant follows their application here.
export type EthicsInformationRequested = DomainEvent<'EthicsInformationRequested', { applicationId: string; organisationId: string; questions: string[]; requestedAt: string }>;
export type EthicsInformationProvided = DomainEvent<'EthicsInformationProvided', { applicationId: string; organisationId: string; answer: string; providedAt: string }>;
export type ApplicationAwarded = DomainEvent<'ApplicationAwarded', { applicationId: string; allocationId: string; projectId: string; awardedAt: string }>;
export type ApplicationRefused = DomainEvent<'ApplicationRefused', { applicationId: string; by: 'ethics-review' | 'allocation'; reasons: string[]; refusedAt: string }>;

export type ApplicationEvent =
  | ApplicationDrafted
  | ApplicationAmended
  | ApplicationSubmitted
  | ScreeningStarted
  | ApplicationFoundEligible
  | ApplicationFoundIneligible
  | InformationRequested
  | InformationProvided
  | ApplicationWithdrawn
  | EthicsInformationRequested
  | EthicsInformationProvided
  | ApplicationAwarded
  | ApplicationRefused;

// ---- state -----------------------------------------------------------------------------------
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'screening',
  'information-requested',
  'eligible',
  'ineligible',
  'ethics-information-requested',
  'awarded',
  'refused',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ExistingApplication {
  status: ApplicationStatus;
  applicationId: string;
  organisationId: string;
  proposal: DraftProposal;
  submittedAt: string | null;
  lastChecks: CheckResult[];
  openQuestions: string[];
  reasons: string[];
  award?: { allocationId: string; projectId: string; awardedAt: string };
}
export type ApplicationState = { status: 'none' } | ExistingApplication;

export const initialApplicationState = (): ApplicationState => ({ status: 'none' });

export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  if (event.type === 'ApplicationDrafted') {
    const { applicationId, organisationId, proposal } = event.data;
    return { status: 'draft', applicationId, organisationId, proposal, submittedAt: null, lastChecks: [], openQuestions: [], reasons: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ApplicationAmended':
      return { ...state, proposal: { ...state.proposal, ...event.data.changes } };
    case 'ApplicationSubmitted':
      return { ...state, status: 'submitted', proposal: event.data.proposal, submittedAt: event.data.submittedAt };
    case 'ScreeningStarted':
      return { ...state, status: 'screening', lastChecks: event.data.checks };
    case 'ApplicationFoundEligible':
      return { ...state, status: 'eligible', lastChecks: event.data.checks, reasons: [] };
    case 'ApplicationFoundIneligible':
      return { ...state, status: 'ineligible', lastChecks: event.data.checks, reasons: event.data.reasons };
    case 'InformationRequested':
      return { ...state, status: 'information-requested', openQuestions: event.data.questions };
    case 'InformationProvided':
      return { ...state, status: 'screening', openQuestions: [], proposal: { ...state.proposal, ...event.data.changes } };
    case 'ApplicationWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'EthicsInformationRequested':
      return { ...state, status: 'ethics-information-requested', openQuestions: event.data.questions };
    case 'EthicsInformationProvided':
      return { ...state, status: 'eligible', openQuestions: [] };
    case 'ApplicationAwarded':
      return { ...state, status: 'awarded', award: { allocationId: event.data.allocationId, projectId: event.data.projectId, awardedAt: event.data.awardedAt } };
    case 'ApplicationRefused':
      return { ...state, status: 'refused', reasons: event.data.reasons };
  }
}

export const applicationStreamId = (applicationId: string): string => `application-${applicationId}`;
