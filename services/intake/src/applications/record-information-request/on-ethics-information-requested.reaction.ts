import { EthicsEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { applicationStreamId } from '../domain/application';
import type { applicationDecider } from '../domain/application.decide';

/** Ethics review's questions are recorded on the application, where the applicant answers them. */
export const onEthicsInformationRequested = (commands: CommandsInTransaction<Sql>, applications: ReturnType<typeof applicationDecider>): IntegrationEventHandlers => ({
  [EthicsEvents.EthicsInformationRequested.type]: async (event, tx) => {
    await commands.run(tx, causedByEvent(event), applications, applicationStreamId(event.data.applicationId), {
      type: 'RecordEthicsInformationRequest',
      data: { questions: event.data.questions },
    });
  },
});
