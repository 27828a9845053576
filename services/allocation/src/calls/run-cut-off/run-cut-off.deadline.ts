import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import { deadlineHandler } from '../../shared/deadline-handler';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { RunCutOff } from './run-cut-off';

/** At a cut-off (`cut-off:<callId>:<index>`): rank and award; the ranking commits with the deadline's mark. */
export const runCutOffDeadline = (units: UnitOfWork, cutOff: RunCutOff): ScheduledCommandHandler =>
  deadlineHandler(units, (w, context, payload) => cutOff.run(w, String(payload.callId), Number(payload.index), context));
