import { causedByDeadline, type CommandsInTransaction } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { allocationAccountStreamId } from '../domain/allocation-account';
import { allocationAccountDecider } from '../domain/allocation-account.decide';

export const REVIEW_MID_TERM = 'ReviewMidTermUsage';
/** One mid-term review per allocation: opening schedules it, closing cancels it. */
export const midTermKey = (allocationId: string): string => `mid-term:${allocationId}`;

/**
 * Halfway through an allocation its usage is reviewed and underuse flagged, with the share then
 * configured. Runs in the scheduler's transaction, so the review commits with the deadline's
 * "fired" mark.
 */
export const onMidTermReview = (commands: CommandsInTransaction<Sql>, underuseSharePercentIn: (tx: Sql) => Promise<number>): Record<string, ScheduledCommandHandler> => ({
  [REVIEW_MID_TERM]: async (deadline, now, tx) => {
    const allocationId = String(deadline.payload.allocationId);
    await commands.run(tx, causedByDeadline(deadline, now, 'accounting'), allocationAccountDecider, allocationAccountStreamId(allocationId), {
      type: 'ReviewMidTermUsage',
      data: { underuseSharePercent: await underuseSharePercentIn(tx) },
    });
  },
});
