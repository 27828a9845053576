import { AllocationEvents } from '@hpc-access/contracts';
import type { IntegrationEventHandlers } from '@hpc-access/messaging';
import type { HostingSites } from './hosting-sites';

/** Which site may charge and read which system: allocation's configuration, as it changes. */
export const onHostingSitesChanged = (sites: HostingSites): IntegrationEventHandlers => ({
  [AllocationEvents.HostingSitesChanged.type]: (event, tx) => sites.replace(tx, event.data),
});
