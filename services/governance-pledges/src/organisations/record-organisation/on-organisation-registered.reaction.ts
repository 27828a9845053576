import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { organisationPledgeDecider } from '../domain/organisation-pledge.decide';

/** An organisation registered at intake becomes known here: it may sign the pledge. */
export const onOrganisationRegistered = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [IntakeEvents.OrganisationRegistered.type]: async (event, tx) => {
    const { organisationId, legalName, country, sme } = event.data;
    await commands.run(tx, causedByEvent(event), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'RecordOrganisation',
      data: { organisationId, legalName, country, sme },
    });
  },
});
