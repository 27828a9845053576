import { EthicsEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { organisationPledgeDecider } from '../domain/organisation-pledge.decide';

/** The conditions of an ethics clearance become the organisation's obligations, each with its due date. */
export const onEthicsDecided = (commands: CommandsInTransaction<Sql>): IntegrationEventHandlers => ({
  [EthicsEvents.EthicsDecided.type]: async (event, tx) => {
    const { organisationId, applicationId, outcome, conditions } = event.data;
    if (outcome !== 'cleared-with-conditions' || conditions.length === 0) return;
    await commands.run(tx, causedByEvent(event), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'RecordObligations',
      data: { organisationId, applicationId, conditions: conditions.map((c) => ({ conditionId: c.conditionId, text: c.text, dueDate: c.dueDate })) },
    });
  },
});
