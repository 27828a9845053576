import { newEventId } from '@hpc-access/eventsourcing';
import { causedByDeadline, type CommandsInTransaction } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { DEADLINE_TYPES, SCHEDULER_ACTOR_ID } from '../../deadlines/deadlines';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { organisationPledgeDecider } from '../domain/organisation-pledge.decide';

/**
 * An obligation not fulfilled by its due date is marked overdue (with the grace period then in
 * force), and breached when the grace period ends. Each runs in the scheduler's transaction and
 * is idempotent: the decider sees an obligation accepted meanwhile as nothing to do.
 */
export const obligationDeadlines = (commands: CommandsInTransaction<Sql>, gracePeriodDaysIn: (tx: Sql) => Promise<number>): Record<string, ScheduledCommandHandler> => ({
  [DEADLINE_TYPES.obligationDue]: async (deadline, now, tx) => {
    const { organisationId, obligationId } = deadline.payload as { organisationId: string; obligationId: string };
    await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'MarkObligationOverdue',
      data: { organisationId, obligationId, facts: { gracePeriodDays: await gracePeriodDaysIn(tx) } },
    });
  },
  [DEADLINE_TYPES.obligationBreach]: async (deadline, now, tx) => {
    const { organisationId, obligationId } = deadline.payload as { organisationId: string; obligationId: string };
    await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'BreachOverdueObligation',
      data: { organisationId, obligationId, breachId: newEventId() },
    });
  },
});
