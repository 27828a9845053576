import { AccountingEvents, GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { AllocationCommands } from '../allocation-commands';

/** Accounting's overuse with action `suspend` suspends that allocation; in the inbox's transaction. */
export const onOveruseDetected = (units: UnitOfWork, allocations: AllocationCommands): IntegrationEventHandlers => ({
  [AccountingEvents.OveruseDetected.type]: async (event, tx) => {
    const { allocationId, action, chargedGpuHours, awardedGpuHours } = event.data;
    if (action !== 'suspend') return;
    const { w, context } = units.caused(tx, causedByEvent(event));
    await allocations.suspendQuietly(w, context, allocationId, `overuse: ${chargedGpuHours} of ${awardedGpuHours} GPU-hours charged`, 'accounting');
  },
});

/** Governance suspends every allocation of the organisation; in the inbox's transaction. */
export const onAllocationsSuspensionRequested = (units: UnitOfWork, allocations: AllocationCommands): IntegrationEventHandlers => ({
  [GovernanceEvents.AllocationsSuspensionRequested.type]: async (event, tx) => {
    const { w, context } = units.caused(tx, causedByEvent(event));
    await allocations.forOrganisation(w, context, event.data.organisationId, { reason: event.data.reason, by: 'governance' }, 'SuspendAllocation');
  },
});
