import { causedByDeadline, type CommandsInTransaction } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { REVIEW_OVERDUE } from '../case-commands';
import { caseStreamId } from '../domain/ethics-case';
import { ethicsCaseDecider } from '../domain/ethics-case.decide';

/**
 * A review not in by its due date is marked overdue, in the scheduler's transaction (it commits
 * with the deadline's "fired" mark). A review that came in meanwhile makes it nothing to do.
 */
export const onReviewOverdue = (commands: CommandsInTransaction<Sql>): Record<string, ScheduledCommandHandler> => ({
  [REVIEW_OVERDUE]: async (deadline, now, tx) => {
    const { caseId, reviewerId } = deadline.payload as { caseId: string; reviewerId: string };
    await commands.run(tx, causedByDeadline(deadline, now, 'ethics-review.deadlines'), ethicsCaseDecider, caseStreamId(caseId), {
      type: 'MarkReviewOverdue',
      data: { reviewerId },
    });
  },
});
