import type { ScheduledCommandHandler } from '@hpc-access/scheduler';
import { deadlineHandler } from '../../shared/deadline-handler';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { ConfigurationService } from '../../configuration/configuration.service';
import type { HoldAndAward } from '../hold-and-award/hold-and-award';

/** At a hold's expiry (`hold:<holdId>`): the ledger releases it (reason `expired`) and the queue moves up; a hold gone already is nothing to do. */
export const expireHoldDeadline = (units: UnitOfWork, steps: HoldAndAward, configs: ConfigurationService): ScheduledCommandHandler =>
  deadlineHandler(units, async (w, context, payload) => {
    const system = String(payload.system);
    const partition = String(payload.partition);
    const terms = steps.terms(await configs.current(w.store), system, partition);
    await steps.ledger(w, system, partition, { type: 'ExpireHold', data: { holdId: String(payload.holdId), terms }, context });
  });
