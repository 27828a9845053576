import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { allocationAccountStreamId } from '../domain/allocation-account';
import { allocationAccountDecider } from '../domain/allocation-account.decide';
import { unlessNeverActivated } from '../never-activated';
import { midTermKey } from '../review-mid-term-usage/mid-term-review.deadline';

export interface CloseAccountDeps {
  commands: CommandsInTransaction<Sql>;
  deadlines: ScheduledCommands;
  log: Parameters<typeof unlessNeverActivated>[0];
}

/** A closed allocation's account is closed and its mid-term review, if still pending, cancelled. */
export const onAllocationClosed = ({ commands, deadlines, log }: CloseAccountDeps): IntegrationEventHandlers => ({
  [AllocationEvents.AllocationClosed.type]: async (event, tx) => {
    const { allocationId, closedAt } = event.data;
    const cause = causedByEvent(event);
    await unlessNeverActivated(log, event, allocationId, () =>
      commands.run(tx, cause, allocationAccountDecider, allocationAccountStreamId(allocationId), { type: 'RecordAllocationClosed', data: { closedAt } }));
    await deadlines.cancel(midTermKey(allocationId), { tx, now: cause.now });
  },
});
