import type { EthicsOutcome, TechnicalOutcome } from '@hpc-access/contracts';
import { assertNever, conflict, forbidden, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { ScoreWeights } from '../../configuration/domain/configuration';
import type { AwardDecision } from '../../allocations/domain/allocation';
import { pausedWorkingDays, workingDaysBetween } from '../../time-to-access/domain/working-days';
import {
  evolveApplication,
  initialApplicationState,
  isOpen,
  type ApplicationEvent,
  type ApplicationRequest,
  type ApplicationState,
} from './allocation-application';

export type ApplicationCommand =
  | { type: 'RecordSubmission'; data: { applicationId: string; organisationId: string; mode: NonNullable<ApplicationState['mode']>; submittedAt: string }; context: CommandContext }
  | { type: 'RegisterApplication'; data: { applicationId: string; organisationId: string; mode: NonNullable<ApplicationState['mode']> } & ApplicationRequest; context: CommandContext }
  | { type: 'CompleteTechnicalAssessment'; data: { outcome: TechnicalOutcome; remarks: string }; context: CommandContext }
  | { type: 'RecordEthicsOutcome'; data: { applicationId: string; organisationId: string; outcome: EthicsOutcome; decidedAt: string }; context: CommandContext }
  | { type: 'ScoreApplication'; data: { excellence: number; innovationAndImpact: number; implementation: number; weights: ScoreWeights }; context: CommandContext }
  | { type: 'MarkAwarded'; data: { allocationId: string; projectId: string; gpuHours: number; partial: boolean; clockStartedAt: string; targetWorkingDays: number; holidays: string[]; decision: AwardDecision }; context: CommandContext }
  | { type: 'MarkNotFunded'; data: { reason: string; reserve: boolean }; context: CommandContext }
  | { type: 'RecordWithdrawal'; data: { withdrawnAt: string }; context: CommandContext }
  /** Intake or ethics asked the applicant for information: the time to access stops... */
  | { type: 'StopClock'; data: { applicationId: string; at: string; reason: string }; context: CommandContext }
  /** ...until the applicant answers. */
  | { type: 'RestartClock'; data: { applicationId: string; at: string }; context: CommandContext };

/** Separation of duties (DOMAIN.md): nobody assesses or scores an application of their own organisation. */
function assertNotOwnOrganisation(context: CommandContext, state: ApplicationState): void {
  if (context.actor.organisationId !== undefined && context.actor.organisationId === state.organisationId) {
    throw forbidden('own-organisation', 'nobody may assess or score an application of their own organisation');
  }
}

function assertRegistered(state: ApplicationState): void {
  if (state.status === 'none' || state.status === 'submitted') throw notFound('application-not-registered', 'the application has not been found eligible in allocation');
}

const weighted = (s: { excellence: number; innovationAndImpact: number; implementation: number }, w: ScoreWeights): number =>
  Math.round((s.excellence * w.excellence + s.innovationAndImpact * w.innovationAndImpact + s.implementation * w.implementation) * 1000) / 1000;

function decide(command: ApplicationCommand, state: ApplicationState): ApplicationEvent[] {
  const at = command.context.now.toISOString();
  switch (command.type) {
    case 'RecordSubmission':
      if (state.submittedAt !== null) return [];
      return [{ type: 'ApplicationSubmissionRecorded', data: command.data }];
    case 'RegisterApplication':
      // Redelivered or late (withdrawn first): a fact already known changes nothing.
      if (state.request !== null || !isOpen(state)) return [];
      return [{ type: 'ApplicationRegistered', data: { ...command.data, registeredAt: at } }];
    case 'CompleteTechnicalAssessment':
      assertRegistered(state);
      assertNotOwnOrganisation(command.context, state);
      if (state.technical !== null) throw conflict('already-assessed', 'the technical assessment is already recorded');
      if (!isOpen(state)) throw conflict('application-decided', `the application is ${state.status}`);
      if (command.data.outcome !== 'accepted' && command.data.remarks.trim() === '') {
        throw invalid('remarks-required', 'remarks are required unless the application is accepted as is', 'remarks');
      }
      return [{ type: 'TechnicalAssessmentCompleted', data: { applicationId: state.applicationId, organisationId: state.organisationId, ...command.data, assessedAt: at } }];
    case 'RecordEthicsOutcome':
      if (state.ethics !== null || !isOpen(state)) return [];
      return [{ type: 'EthicsOutcomeRecorded', data: command.data }];
    case 'ScoreApplication': {
      assertRegistered(state);
      assertNotOwnOrganisation(command.context, state);
      if (state.mode !== 'large-scale') throw conflict('not-peer-reviewed', 'only Large Scale applications are scored by peer review');
      if (!isOpen(state)) throw conflict('application-decided', `the application is ${state.status}`);
      const { weights, ...scores } = command.data;
      return [{ type: 'PeerReviewScored', data: { applicationId: state.applicationId, ...scores, weightedScore: weighted(scores, weights), scoredAt: at, scoredBy: command.context.actor.id } }];
    }
    case 'MarkAwarded': {
      if (state.status !== 'registered' && state.status !== 'reserve') throw conflict('not-awardable', `the application is ${state.status}`);
      const { holidays, clockStartedAt, ...award } = command.data;
      const started = new Date(clockStartedAt);
      const workingDays = workingDaysBetween(started, command.context.now, holidays) - pausedWorkingDays(state.clockStops ?? [], started, command.context.now, holidays);
      return [{ type: 'ApplicationAwarded', data: { applicationId: state.applicationId, ...award, clockStartedAt, awardedAt: at, workingDays } }];
    }
    case 'MarkNotFunded':
      if (state.status !== 'registered' && state.status !== 'reserve') throw conflict('not-fundable', `the application is ${state.status}`);
      return [{ type: 'ApplicationNotFunded', data: { applicationId: state.applicationId, organisationId: state.organisationId, ...command.data, decidedAt: at } }];
    case 'RecordWithdrawal':
      // Withdrawal is possible until award (DOMAIN.md step 2); after a decision it changes nothing here.
      if (!isOpen(state) || state.status === 'none') return [];
      return [{ type: 'ApplicationWithdrawalRecorded', data: { applicationId: state.applicationId, withdrawnAt: command.data.withdrawnAt } }];
    case 'StopClock': {
      // A question asked twice (redelivered) stops the clock once.
      if (!isOpen(state) || (state.clockStops ?? []).some((stop) => stop.to === null)) return [];
      return [{ type: 'ClockStopped', data: { applicationId: command.data.applicationId, stoppedAt: command.data.at, reason: command.data.reason } }];
    }
    case 'RestartClock':
      if (!(state.clockStops ?? []).some((stop) => stop.to === null)) return [];
      return [{ type: 'ClockRestarted', data: { applicationId: command.data.applicationId, restartedAt: command.data.at } }];
    default:
      return assertNever(command);
  }
}

export const applicationDecider: Decider<ApplicationCommand, ApplicationState, ApplicationEvent> = {
  initialState: initialApplicationState,
  evolve: evolveApplication,
  decide,
};
