import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import { deadlineHandler } from '../../shared/deadline-handler';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { AllocationCommands } from '../allocation-commands';

/** At the final report's due date (`final-report:<allocationId>`): without the report the organisation is barred. */
export const checkFinalReportDeadline = (units: UnitOfWork, allocations: AllocationCommands): ScheduledCommandHandler =>
  deadlineHandler(units, (w, context, payload) => allocations.checkFinalReport(w, context, String(payload.allocationId)));
