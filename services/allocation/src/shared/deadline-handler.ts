import type { CommandContext } from '@hpc-access/eventsourcing';
import { causedByDeadline } from '@hpc-access/messaging';
import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { UnitOfWork, Work } from './unit-of-work';

/** A deadline's step, in the scheduler's transaction: it commits with the "fired" mark, or the deadline fires again. */
export function deadlineHandler(units: UnitOfWork, step: (w: Work, context: CommandContext, payload: Record<string, unknown>) => Promise<void>): ScheduledCommandHandler {
  return (pending, now, tx) => {
    const { w, context } = units.caused(tx, causedByDeadline(pending, now, 'allocation'));
    return step(w, context, pending.payload);
  };
}
