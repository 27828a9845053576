import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { caseIdFor, caseStreamId } from '../domain/ethics-case';
import { ethicsCaseDecider } from '../domain/ethics-case.decide';

/** The applicant's answers reach the case that asked for them, which goes back to review. */
export const onApplicationInformationProvided = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationInformationProvided.type]: async (event, tx) => {
    // Intake relays answers to whoever asked: only ethics review's questions concern a case.
    if (event.data.requestedBy !== 'ethics-review') return;
    await commands.run(tx, causedByEvent(event), ethicsCaseDecider, caseStreamId(caseIdFor(event.data.applicationId)), {
      type: 'RecordInformationProvided',
      data: { answers: event.data.answers, providedAt: event.data.providedAt },
    });
  },
});
