import { AllocationEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { ScheduledCommands } from '@hpc-access/scheduler';
import type { Sql } from '@hpc-access/sql';
import { allocationAccountStreamId } from '../domain/allocation-account';
import { allocationAccountDecider } from '../domain/allocation-account.decide';
import { midTermOf } from '../domain/usage-policies';
import { midTermKey, REVIEW_MID_TERM } from '../review-mid-term-usage/mid-term-review.deadline';

export interface OpenAccountDeps {
  commands: CommandsInTransaction<Sql>;
  deadlines: ScheduledCommands;
  schema: string;
}

/**
 * An activated allocation opens its account, maps its project to its Slurm account, and
 * schedules its mid-term review, all with the inbox row: usage sent right after finds them.
 */
export const onAllocationActivated = ({ commands, deadlines, schema }: OpenAccountDeps): IntegrationEventHandlers => ({
  [AllocationEvents.AllocationActivated.type]: async (event, tx) => {
    const { activatedAt, ...terms } = event.data;
    const cause = causedByEvent(event);
    await commands.run(tx, cause, allocationAccountDecider, allocationAccountStreamId(terms.allocationId), { type: 'OpenAllocationAccount', data: { terms, activatedAt } });
    await tx.query(`INSERT INTO ${schema}.project_accounts (project_id, allocation_id, system) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [terms.projectId, terms.allocationId, terms.system]);
    await deadlines.schedule({ key: midTermKey(terms.allocationId), type: REVIEW_MID_TERM, dueAt: midTermOf(terms), payload: { allocationId: terms.allocationId } }, { tx, now: cause.now });
  },
});
