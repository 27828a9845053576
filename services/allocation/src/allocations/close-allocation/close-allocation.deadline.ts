import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import { deadlineHandler } from '../../shared/deadline-handler';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { AllocationCommands } from '../allocation-commands';

/** At the end date (`close:<allocationId>`): the allocation closes and its final report falls due. */
export const closeAllocationDeadline = (units: UnitOfWork, allocations: AllocationCommands): ScheduledCommandHandler =>
  deadlineHandler(units, (w, context, payload) => allocations.close(w, context, String(payload.allocationId)));
