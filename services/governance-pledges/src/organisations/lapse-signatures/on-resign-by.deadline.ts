import { causedByDeadline, type CommandsInTransaction } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { DEADLINE_TYPES, SCHEDULER_ACTOR_ID } from '../../deadlines/deadlines';
import { organisationPledgeStreamId } from '../domain/organisation-pledge';
import { organisationPledgeDecider } from '../domain/organisation-pledge.decide';

/**
 * When a new pledge version's re-sign period ends, every signature of an older version lapses,
 * all in the scheduler's transaction. The read model finds the candidates; the decider on each
 * stream has the last word (an organisation that re-signed meanwhile is nothing to do).
 */
export const onResignBy = (commands: CommandsInTransaction<Sql>, schema: string): Record<string, ScheduledCommandHandler> => ({
  [DEADLINE_TYPES.resignBy]: async (deadline, now, tx) => {
    const requiredVersion = Number((deadline.payload as { pledgeVersion: number }).pledgeVersion);
    const { rows } = await tx.query<{ organisation_id: string }>(
      `SELECT organisation_id FROM ${schema}.organisation_pledges WHERE status = 'signed' AND signed_version < $1 ORDER BY organisation_id`,
      [requiredVersion],
    );
    for (const { organisation_id: organisationId } of rows) {
      await commands.run(tx, causedByDeadline(deadline, now, SCHEDULER_ACTOR_ID), organisationPledgeDecider, organisationPledgeStreamId(organisationId), {
        type: 'LapseSignature',
        data: { organisationId, requiredVersion },
      });
    }
  },
});
