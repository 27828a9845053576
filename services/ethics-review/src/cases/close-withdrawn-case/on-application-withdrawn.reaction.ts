import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { caseIdFor, caseStreamId } from '../domain/ethics-case';
import { ethicsCaseDecider } from '../domain/ethics-case.decide';

/** A withdrawn application closes its case: nobody reviews what nobody asks for any more. */
export const onApplicationWithdrawn = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationWithdrawn.type]: async (event, tx) => {
    await commands.run(tx, causedByEvent(event), ethicsCaseDecider, caseStreamId(caseIdFor(event.data.applicationId)), {
      type: 'CloseWithdrawnCase',
      data: { withdrawnAt: event.data.withdrawnAt },
    });
  },
});
