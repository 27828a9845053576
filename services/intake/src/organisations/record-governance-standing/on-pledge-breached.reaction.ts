import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** A breach of the pledge: screening holds the organisation back while it is open. */
export const onPledgeBreached = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.PledgeBreached.type]: async (event, tx) => {
    const { organisationId, breachId, reason, breachedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), { type: 'RecordPledgeBreach', data: { organisationId, breachId, reason, breachedAt } });
  },
});
