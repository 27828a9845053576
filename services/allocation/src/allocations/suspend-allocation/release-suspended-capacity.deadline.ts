import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import { deadlineHandler } from '../../shared/deadline-handler';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { AllocationCommands } from '../allocation-commands';

/** `suspension-capacity:<allocationId>`: suspended longer than the configuration keeps capacity, its months go back to the pool. */
export const releaseSuspendedCapacityDeadline = (units: UnitOfWork, allocations: AllocationCommands): ScheduledCommandHandler =>
  deadlineHandler(units, (w, context, payload) => allocations.releaseSuspendedCapacity(w, context, String(payload.allocationId)));
