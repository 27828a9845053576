import { assertNever, conflict, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { addMonths } from '../../capacity/domain/months';
import { workingDaysBetween } from '../../time-to-access/domain/working-days';
import { LIFTED_BY, causeOf, evolveAllocation, initialAllocationState, type AllocationEvent, type AllocationState, type AllocationTerms, type AwardDecision, type EarlyClosure, type ResumedBy, type SuspendedBy, type SuspensionReason } from './allocation';

export type AllocationCommand =
  | { type: 'OpenAllocation'; data: AllocationTerms & { clockStartedAt: string; targetWorkingDays: number; pausedWorkingDays?: number; decision?: AwardDecision }; context: CommandContext }
  | { type: 'ActivateAllocation'; data: { siteReference: string | null; holidays: string[] }; context: CommandContext }
  | { type: 'SuspendAllocation'; data: { reason: string; by: SuspendedBy }; context: CommandContext }
  | { type: 'ResumeAllocation'; data: { by: ResumedBy }; context: CommandContext }
  | { type: 'CloseAllocation'; data: { finalReportDueMonths: number }; context: CommandContext }
  /** Staff end it before its end date: closed early, or revoked; the report falls due from today. */
  | { type: 'CloseAllocationEarly'; data: { kind: EarlyClosure['kind']; reason: string; finalReportDueMonths: number }; context: CommandContext }
  | { type: 'SubmitFinalReport'; data: { results: string; energyKwh: number; computeFlop: number; acknowledgement: boolean }; context: CommandContext }
  | { type: 'CheckFinalReport'; data: Record<string, never>; context: CommandContext };

function existing(state: AllocationState): AllocationTerms {
  if (!state.terms) throw notFound('allocation-not-found', 'no such allocation');
  return state.terms;
}

function decide(command: AllocationCommand, state: AllocationState): AllocationEvent[] {
  const now = command.context.now;
  const at = now.toISOString();
  if (command.type === 'OpenAllocation') {
    if (state.terms) return [];
    return [{ type: 'AllocationOpened', data: { ...command.data, awardedAt: at } }];
  }
  const terms = existing(state);
  const { allocationId, organisationId } = terms;
  switch (command.type) {
    case 'ActivateAllocation': {
      if (state.activatedAt) throw conflict('already-active', 'the site already confirmed this allocation');
      if (state.status === 'closed') throw conflict('allocation-closed', 'the allocation is closed');
      // The clock runs to access; the end date stays where the award put it (DOMAIN.md step 7).
      const workingDaysToAccess = workingDaysBetween(new Date(state.clockStartedAt ?? at), now, command.data.holidays) - (state.pausedWorkingDays ?? 0);
      return [{ type: 'AllocationActivated', data: { ...terms, siteReference: command.data.siteReference, activatedAt: at, workingDaysToAccess, targetWorkingDays: state.targetWorkingDays } }];
    }
    case 'SuspendAllocation': {
      if (state.status === 'closed') throw conflict('allocation-closed', 'the allocation is closed');
      const { reason, by } = command.data;
      const cause = causeOf(by);
      if (state.suspensions.some((s) => s.cause === cause)) throw conflict('already-suspended', `the allocation is already suspended for ${cause}`);
      const added: SuspensionReason = { cause, suspendedBy: by, actorId: command.context.actor.id, reason, since: at };
      const reasons = [...state.suspensions, added];
      // A second cause is one more reason on a suspended allocation: the site and accounting already stopped it.
      if (state.status === 'suspended') return [{ type: 'SuspensionReasonAdded', data: { allocationId, organisationId, added, reasons } }];
      return [{ type: 'AllocationSuspended', data: { allocationId, organisationId, reason, suspendedBy: by, suspendedAt: at, cause, actorId: added.actorId, reasons } }];
    }
    case 'ResumeAllocation': {
      if (state.status !== 'suspended') throw conflict('not-suspended', 'the allocation is not suspended');
      // Each maker lifts only the causes it owns: governance its suspension, the committee overuse and its own decisions.
      const { by } = command.data;
      const lifted = state.suspensions.filter((s) => LIFTED_BY[s.cause] === by).map((s) => s.cause);
      const remaining = state.suspensions.filter((s) => LIFTED_BY[s.cause] !== by);
      if (lifted.length === 0) {
        const others = remaining.map((s) => s.cause).join(', ');
        throw conflict(by === 'governance' ? 'not-suspended-by-governance' : 'suspended-by-others', `suspended for ${others}, which ${by === 'governance' ? 'governance' : 'the allocation committee'} does not lift`);
      }
      const actorId = command.context.actor.id;
      if (remaining.length > 0) return [{ type: 'SuspensionReasonsLifted', data: { allocationId, organisationId, lifted, liftedBy: by, actorId, liftedAt: at, remaining } }];
      return [{ type: 'AllocationResumed', data: { allocationId, organisationId, resumedBy: by, resumedAt: at, lifted, actorId } }];
    }
    case 'CloseAllocationEarly': {
      if (state.status === 'closed') throw conflict('allocation-closed', 'the allocation is closed');
      const { kind, reason, finalReportDueMonths } = command.data;
      const early: EarlyClosure = { kind, reason, closedBy: command.context.actor.id };
      return [{ type: 'AllocationClosed', data: { allocationId, organisationId, closedAt: at, finalReportDue: addMonths(at.slice(0, 10), finalReportDueMonths), early } }];
    }
    case 'CloseAllocation':
      if (state.status === 'closed' || `${terms.end}T00:00:00.000Z` > at) return [];
      return [{ type: 'AllocationClosed', data: { allocationId, organisationId, closedAt: at, finalReportDue: addMonths(terms.end, command.data.finalReportDueMonths) } }];
    case 'SubmitFinalReport':
      if (state.status !== 'closed') throw conflict('allocation-not-closed', 'the final report is due after the allocation closes');
      if (state.finalReportSubmittedAt) throw conflict('final-report-submitted', 'the final report was already submitted');
      if (!command.data.acknowledgement) throw invalid('acknowledgement-required', 'the report must acknowledge EuroHPC', 'acknowledgement');
      return [{ type: 'FinalReportSubmitted', data: { allocationId, organisationId, ...command.data, acknowledgement: true, submittedAt: at } }];
    case 'CheckFinalReport':
      if (state.status !== 'closed' || state.finalReportSubmittedAt || state.finalReportOverdue) return [];
      if (`${state.finalReportDue ?? ''}T00:00:00.000Z` > at) return [];
      return [{ type: 'FinalReportOverdue', data: { allocationId, organisationId, finalReportDue: state.finalReportDue ?? '', at } }];
    default:
      return assertNever(command);
  }
}

export const allocationDecider: Decider<AllocationCommand, AllocationState, AllocationEvent> = {
  initialState: initialAllocationState,
  evolve: evolveAllocation,
  decide,
};
