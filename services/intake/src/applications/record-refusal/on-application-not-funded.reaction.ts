import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { applicationStreamId } from '../domain/application';
import type { applicationDecider } from '../domain/application.decide';

/** Allocation's final no ends the application. */
export const onApplicationNotFunded = (commands: CommandsInTransaction<Sql>, applications: ReturnType<typeof applicationDecider>): IntegrationEventHandlers => ({
  [AllocationEvents.ApplicationNotFunded.type]: async (event, tx) => {
    // On the reserve list the application may still be awarded: only a final no is recorded.
    if (event.data.reserve) return;
    await commands.run(tx, causedByEvent(event), applications, applicationStreamId(event.data.applicationId), {
      type: 'RecordRefusal',
      data: { by: 'allocation', reasons: [event.data.reason] },
    });
  },
});
