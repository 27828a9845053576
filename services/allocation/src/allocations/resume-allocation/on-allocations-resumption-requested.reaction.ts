import { GovernanceEvents } from '@hpc-access/contracts';
import { causedByEvent, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { AllocationCommands } from '../allocation-commands';

/** Governance resumes the organisation's allocations it suspended (an overuse suspension stays); in the inbox's transaction. */
export const onAllocationsResumptionRequested = (units: UnitOfWork, allocations: AllocationCommands): IntegrationEventHandlers => ({
  [GovernanceEvents.AllocationsResumptionRequested.type]: async (event, tx) => {
    const { w, context } = units.caused(tx, causedByEvent(event));
    await allocations.forOrganisation(w, context, event.data.organisationId, { by: 'governance' }, 'ResumeAllocation');
  },
});
