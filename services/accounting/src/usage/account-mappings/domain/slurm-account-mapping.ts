import { assertNever, invalid, type CommandContext, type Decider } from '@hpc-access/eventsourcing';

/**
 * A Slurm account that is not an allocation's project id (a site's legacy name, a typo it keeps),
 * charged to an allocation because an accounting officer said so. Per system, as Slurm accounts
 * are per cluster; the name in lower case, as Slurm keeps it.
 */
export const slurmAccountMappingStreamId = (system: string, account: string): string => `accounting-slurm-account-${system}/${account.toLowerCase()}`;

export type SlurmAccountMappingEvent = {
  type: 'SlurmAccountMapped';
  data: { system: string; account: string; allocationId: string; previousAllocationId: string | null; mappedAt: string };
};

export interface SlurmAccountMappingState {
  allocationId: string | null;
}

/** What accounting knows of the allocation named: whether it was activated here, and on which system. */
export interface KnownAllocation {
  allocationId: string;
  system: string | null;
}

export type SlurmAccountMappingCommand = {
  type: 'MapSlurmAccount';
  data: { system: string; account: string; allocation: KnownAllocation };
  context: CommandContext;
};

function decide(command: SlurmAccountMappingCommand, state: SlurmAccountMappingState): SlurmAccountMappingEvent[] {
  switch (command.type) {
    case 'MapSlurmAccount': {
      const { system, account, allocation } = command.data;
      if (allocation.system === null) throw invalid('unknown-allocation', `accounting knows no active allocation ${allocation.allocationId}: usage is charged once the allocation is active`, 'allocationId');
      // A Slurm account is the cluster's: its jobs can only be charged to an allocation on that system.
      if (allocation.system !== system) throw invalid('system-mismatch', `allocation ${allocation.allocationId} is on ${allocation.system}, not ${system}`, 'allocationId');
      if (state.allocationId === allocation.allocationId) return [];
      return [{ type: 'SlurmAccountMapped', data: { system, account: account.toLowerCase(), allocationId: allocation.allocationId, previousAllocationId: state.allocationId, mappedAt: command.context.now.toISOString() } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const slurmAccountMappingDecider: Decider<SlurmAccountMappingCommand, SlurmAccountMappingState, SlurmAccountMappingEvent> = {
  initialState: () => ({ allocationId: null }),
  evolve: (_state, event) => ({ allocationId: event.data.allocationId }),
  decide,
};
