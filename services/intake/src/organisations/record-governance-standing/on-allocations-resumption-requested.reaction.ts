import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** Governance reinstated the organisation: its suspension no longer holds screening back. */
export const onAllocationsResumptionRequested = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.AllocationsResumptionRequested.type]: async (event, tx) => {
    const { organisationId, reason, requestedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), { type: 'RecordGovernanceReinstatement', data: { organisationId, reason, requestedAt } });
  },
});
