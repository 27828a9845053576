import { assertNever, conflict, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { addMonths } from '../../capacity/domain/months';
import { workingDaysBetween } from '../../time-to-access/domain/working-days';
import { evolveAllocation, initialAllocationState, type AllocationEvent, type AllocationState, type AllocationTerms, type SuspendedBy } from './allocation';

export type AllocationCommand =
  | { type: 'OpenAllocation'; data: AllocationTerms & { clockStartedAt: string; targetWorkingDays: number; pausedWorkingDays?: number }; context: CommandContext }
  | { type: 'ActivateAllocation'; data: { siteReference: string | null; holidays: string[] }; context: CommandContext }
  | { type: 'SuspendAllocation'; data: { reason: string; by: SuspendedBy }; context: CommandContext }
  | { type: 'ResumeAllocation'; data: { by: SuspendedBy }; context: CommandContext }
  | { type: 'CloseAllocation'; data: { finalReportDueMonths: number }; context: CommandContext }
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
    case 'SuspendAllocation':
      if (state.status === 'closed') throw conflict('allocation-closed', 'the allocation is closed');
      if (state.status === 'suspended') throw conflict('already-suspended', 'the allocation is already suspended');
      return [{ type: 'AllocationSuspended', data: { allocationId, organisationId, reason: command.data.reason, suspendedBy: command.data.by, suspendedAt: at } }];
    case 'ResumeAllocation':
      if (state.status !== 'suspended') throw conflict('not-suspended', 'the allocation is not suspended');
      // Governance lifts only its own suspensions: an overuse suspension stays until staff resume it.
      if (command.data.by === 'governance' && state.suspendedBy !== 'governance') throw conflict('not-suspended-by-governance', `suspended by ${state.suspendedBy ?? 'nobody'}`);
      return [{ type: 'AllocationResumed', data: { allocationId, organisationId, resumedBy: command.data.by, resumedAt: at } }];
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
