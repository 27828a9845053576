import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** A pledge withdrawn at governance is recorded on the organisation: it may no longer apply. */
export const onPledgeWithdrawn = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.PledgeWithdrawn.type]: async (event, tx) => {
    const { organisationId, withdrawnAt, reason } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), {
      type: 'RecordPledgeWithdrawal',
      data: { organisationId, withdrawnAt, reason },
    });
  },
});
