import { newEventId } from '@hpc-access/eventsourcing';
import { causedByDeadline, type CommandsInTransaction } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { DEADLINE_TYPES, SCHEDULER_ACTOR_ID } from '../../deadlines/deadlines';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { organisationPledgeDecider } from '../domain/organisation-pledge.decide';

/**
 * An attestation still to submit is reminded of `attestationReminderDays` before its due date;
 * one not in by its due date is marked overdue (with the grace period then in force),
 * and breached when the grace period ends. Each runs in the scheduler's transaction and is
 * idempotent: the decider sees an attestation submitted meanwhile as nothing to do.
 */
export const attestationDeadlines = (commands: CommandsInTransaction<Sql>, gracePeriodDaysIn: (tx: Sql) => Promise<number>): Record<string, ScheduledCommandHandler> => ({
  [DEADLINE_TYPES.attestationReminder]: async (deadline, now, tx) => {
    const { organisationId, dueAt } = deadline.payload as { organisationId: string; dueAt: string };
    await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'RemindAttestationDue',
      data: { organisationId, dueAt },
    });
  },
  [DEADLINE_TYPES.attestationDue]: async (deadline, now, tx) => {
    const { organisationId, dueAt } = deadline.payload as { organisationId: string; dueAt: string };
    await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'MarkAttestationOverdue',
      data: { organisationId, dueAt, facts: { gracePeriodDays: await gracePeriodDaysIn(tx) } },
    });
  },
  [DEADLINE_TYPES.attestationBreach]: async (deadline, now, tx) => {
    const { organisationId, dueAt } = deadline.payload as { organisationId: string; dueAt: string };
    await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
      type: 'BreachOverdueAttestation',
      data: { organisationId, dueAt, breachId: newEventId() },
    });
  },
});
