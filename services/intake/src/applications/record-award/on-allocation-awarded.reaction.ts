import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { applicationStreamId } from '../domain/application';
import type { applicationDecider } from '../domain/application.decide';

/** The award is recorded on the application: the applicant sees it, and withdrawal stops here. */
export const onAllocationAwarded = (commands: CommandsInTransaction<Sql>, applications: ReturnType<typeof applicationDecider>): IntegrationEventHandlers => ({
  [AllocationEvents.AllocationAwarded.type]: async (event, tx) => {
    const { applicationId, allocationId, projectId } = event.data;
    await commands.run(tx, causedByEvent(event), applications, applicationStreamId(applicationId), {
      type: 'RecordAward',
      data: { allocationId, projectId },
    });
  },
});
