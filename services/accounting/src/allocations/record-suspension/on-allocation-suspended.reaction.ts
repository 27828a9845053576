import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { allocationAccountStreamId } from '../domain/allocation-account';
import { allocationAccountDecider } from '../domain/allocation-account.decide';
import { unlessNeverActivated } from '../never-activated';

/** A suspended allocation's account stops taking charges until it is resumed. */
export const onAllocationSuspended = (commands: CommandsInTransaction<Sql>, log: Parameters<typeof unlessNeverActivated>[0]): IntegrationEventHandlers => ({
  [AllocationEvents.AllocationSuspended.type]: (event, tx) => {
    const { allocationId, reason, suspendedAt } = event.data;
    return unlessNeverActivated(log, event, allocationId, () =>
      commands.run(tx, causedByEvent(event), allocationAccountDecider, allocationAccountStreamId(allocationId), { type: 'RecordAllocationSuspended', data: { reason, suspendedAt } }));
  },
});
