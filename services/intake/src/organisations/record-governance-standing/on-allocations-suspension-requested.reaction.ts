import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationStreamId } from '../domain/organisation';
import { organisationDecider } from '../domain/organisation.decide';

/** Governance suspended the organisation: screening holds it back until reinstatement (rule in-good-standing-with-governance). */
export const onAllocationsSuspensionRequested = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [GovernanceEvents.AllocationsSuspensionRequested.type]: async (event, tx) => {
    const { organisationId, reason, requestedAt } = event.data;
    await commands.run(tx, causedByEvent(event), organisationDecider, organisationStreamId(organisationId), { type: 'RecordGovernanceSuspension', data: { organisationId, reason, requestedAt } });
  },
});
