import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** A breach remedied: it no longer holds screening back. */
export const onBreachRemedied = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.BreachRemedied.type]: async (event, tx) => {
    const { organisationId, breachId, remediedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), { type: 'RecordPledgeBreachRemedy', data: { organisationId, breachId, remediedAt } });
  },
});
