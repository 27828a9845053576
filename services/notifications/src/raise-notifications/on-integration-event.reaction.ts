import { topicFor, type BoundedContext, type KnownIntegrationEvent } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import { notificationStreamId } from '../domain/ids';
import { notificationDecider, type RaiseNotification } from '../domain/notification';
import { RULES, notificationsFor } from '../rules/rules';
import { loadRuleFacts, recordAllocationFacts } from './rule-facts';

/** The types a context's consumer handles: those with a rule (allocation's facts the rules read among them). */
const typesOf = (context: BoundedContext): string[] => Object.keys(RULES).filter((type) => type.split('.')[1] === context);

/** The consumer group of each context's topic (named in libs/contracts' AsyncAPI subscriptions). */
export const NOTIFICATIONS_GROUPS: Readonly<Record<BoundedContext, string>> = {
  intake: 'notifications.intake',
  'ethics-review': 'notifications.ethics-review',
  allocation: 'notifications.allocation',
  accounting: 'notifications.accounting',
  governance: 'notifications.governance',
};

/**
 * One consumer per context topic: in the inbox's transaction, record the facts the event tells,
 * then raise each notification its rule gives (a stream per notification, appended only while
 * the stream does not exist: a redelivered cause raises nothing). Deliveries are scheduled by
 * the dispatcher's fan-out, outside this transaction.
 */
export function onIntegrationEvents(context: BoundedContext, commands: CommandsInTransaction<Sql>, schema: string): { topic: string; group: string; handlers: IntegrationEventHandlers } {
  const handle = async (event: KnownIntegrationEvent, tx: Sql): Promise<void> => {
    await recordAllocationFacts(tx, schema, event);
    const raised = notificationsFor(event, await loadRuleFacts(tx, schema, event));
    for (const content of raised) {
      await commands.run<RaiseNotification, ReturnType<typeof notificationDecider.initialState>, Parameters<typeof notificationDecider.evolve>[1]>(
        tx, causedByEvent(event), notificationDecider, notificationStreamId(content.notificationId), { type: 'RaiseNotification', content },
      );
    }
  };
  const handlers = Object.fromEntries(typesOf(context).map((type) => [type, handle])) as IntegrationEventHandlers;
  return { topic: topicFor(context), group: NOTIFICATIONS_GROUPS[context], handlers };
}
