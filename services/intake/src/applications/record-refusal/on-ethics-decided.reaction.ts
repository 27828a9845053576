import { EthicsEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { applicationStreamId } from '../domain/application';
import type { applicationDecider } from '../domain/application.decide';

/** An ethics refusal ends the application; a clearance changes nothing in intake. */
export const onEthicsDecided = (commands: CommandsInTransaction<Sql>, applications: ReturnType<typeof applicationDecider>): IntegrationEventHandlers => ({
  [EthicsEvents.EthicsDecided.type]: async (event, tx) => {
    if (event.data.outcome !== 'refused') return;
    await commands.run(tx, causedByEvent(event), applications, applicationStreamId(event.data.applicationId), {
      type: 'RecordRefusal',
      data: { by: 'ethics-review', reasons: event.data.reasons },
    });
  },
});
