import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { allocationAccountStreamId } from '../domain/allocation-account';
import { allocationAccountDecider } from '../domain/allocation-account.decide';
import { unlessNeverActivated } from '../never-activated';

/** A resumed allocation's account takes charges again. */
export const onAllocationResumed = (commands: CommandsInTransaction<Sql>, log: Parameters<typeof unlessNeverActivated>[0]): IntegrationEventHandlers => ({
  [AllocationEvents.AllocationResumed.type]: (event, tx) => {
    const { allocationId, resumedAt } = event.data;
    return unlessNeverActivated(log, event, allocationId, () =>
      commands.run(tx, causedByEvent(event), allocationAccountDecider, allocationAccountStreamId(allocationId), { type: 'RecordAllocationResumed', data: { resumedAt } }));
  },
});
