import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** Governance's pledge signature is recorded on the organisation: applying needs a signed pledge. */
export const onPledgeSigned = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.PledgeSigned.type]: async (event, tx) => {
    const { organisationId, pledgeVersion, signedBy, signedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), {
      type: 'RecordPledgeSignature',
      data: { organisationId, pledgeVersion: String(pledgeVersion), signedBy, signedAt },
    });
  },
});
