import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** A signature governance let lapse (a new version not signed in time): the organisation is unsigned until it signs again. */
export const onPledgeSignatureLapsed = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.PledgeSignatureLapsed.type]: async (event, tx) => {
    const { organisationId, pledgeVersion, requiredVersion, lapsedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), {
      type: 'RecordPledgeLapse',
      data: { organisationId, pledgeVersion, requiredVersion, lapsedAt },
    });
  },
});
