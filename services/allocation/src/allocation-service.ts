import type { ServiceDefinition } from '@hpc-access/service-host';
import { AllocationModule } from './allocation.module';

/** Allocation as a process of its own (distributed mode). */
export const allocationService: ServiceDefinition = {
  name: 'allocation',
  schema: 'allocation',
  description: 'Calls and cut-offs, capacity per partition, holds, ranking, awards and provisioning at the sites',
  module: ({ db, bus, clock, schema }) => AllocationModule.register({ db, bus, clock, schema }),
};
