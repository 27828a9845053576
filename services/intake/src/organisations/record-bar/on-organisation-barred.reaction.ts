import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** Allocation's bar is recorded on the organisation, so intake refuses its new applications. */
export const onOrganisationBarred = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [AllocationEvents.OrganisationBarred.type]: async (event, tx) => {
    const { organisationId, reason, barredAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), {
      type: 'RecordBar',
      data: { organisationId, reason, barredAt },
    });
  },
});
