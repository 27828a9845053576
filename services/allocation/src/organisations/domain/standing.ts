import { assertNever, type CommandContext, type Decider } from '@hpc-access/eventsourcing';

/**
 * An organisation as allocation sees it: its allocations (so governance can suspend them all)
 * and the final reports it owes past their due date (each one bars it).
 */
export interface StandingState {
  organisationId: string;
  allocations: string[];
  barredFor: string[];
}

export type StandingEvent =
  | { type: 'AllocationAttributed'; data: { organisationId: string; allocationId: string } }
  | { type: 'OrganisationBarred'; data: { organisationId: string; allocationId: string; reason: string; barredAt: string } }
  | { type: 'OrganisationBarLifted'; data: { organisationId: string; allocationId: string; liftedAt: string; stillBarred: boolean } };

export type StandingCommand =
  | { type: 'AttributeAllocation'; data: { organisationId: string; allocationId: string }; context: CommandContext }
  | { type: 'BarOrganisation'; data: { organisationId: string; allocationId: string; reason: string }; context: CommandContext }
  | { type: 'LiftBar'; data: { organisationId: string; allocationId: string }; context: CommandContext };

export const standingStreamId = (organisationId: string): string => `allocation-organisation-${organisationId}`;

export const BARRED_REASON = 'barred: final report overdue';

export const isBarred = (state: StandingState): boolean => state.barredFor.length > 0;

function evolve(state: StandingState, event: StandingEvent): StandingState {
  const organisationId = event.data.organisationId;
  switch (event.type) {
    case 'AllocationAttributed':
      return { ...state, organisationId, allocations: [...state.allocations, event.data.allocationId] };
    case 'OrganisationBarred':
      return { ...state, organisationId, barredFor: [...state.barredFor, event.data.allocationId] };
    case 'OrganisationBarLifted':
      return { ...state, organisationId, barredFor: state.barredFor.filter((id) => id !== event.data.allocationId) };
  }
}

function decide(command: StandingCommand, state: StandingState): StandingEvent[] {
  const at = command.context.now.toISOString();
  const { organisationId, allocationId } = command.data;
  switch (command.type) {
    case 'AttributeAllocation':
      return state.allocations.includes(allocationId) ? [] : [{ type: 'AllocationAttributed', data: { organisationId, allocationId } }];
    case 'BarOrganisation':
      return state.barredFor.includes(allocationId) ? [] : [{ type: 'OrganisationBarred', data: { organisationId, allocationId, reason: command.data.reason, barredAt: at } }];
    case 'LiftBar': {
      if (!state.barredFor.includes(allocationId)) return [];
      // The bar is lifted for others only once no report is overdue any more.
      const stillBarred = state.barredFor.some((id) => id !== allocationId);
      return [{ type: 'OrganisationBarLifted', data: { organisationId, allocationId, liftedAt: at, stillBarred } }];
    }
    default:
      return assertNever(command);
  }
}

export const standingDecider: Decider<StandingCommand, StandingState, StandingEvent> = {
  initialState: () => ({ organisationId: '', allocations: [], barredFor: [] }),
  evolve,
  decide,
};
