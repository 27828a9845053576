import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** The bar lifted at allocation: the organisation may apply again. */
export const onOrganisationBarLifted = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [AllocationEvents.OrganisationBarLifted.type]: async (event, tx) => {
    const { organisationId, liftedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), {
      type: 'RecordBarLifted',
      data: { organisationId, liftedAt },
    });
  },
});
