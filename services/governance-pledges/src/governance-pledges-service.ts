import type { ServiceDefinition } from '@hpc-access/service-host';
import { GovernancePledgesModule } from './governance-pledges.module';

/** Governance pledges as a process of its own (distributed mode). */
export const governancePledgesService: ServiceDefinition = {
  name: 'governance-pledges',
  schema: 'governance',
  description: 'Versioned pledge texts, signatures, attestations, obligations and breaches',
  module: ({ db, bus, clock, schema }) => GovernancePledgesModule.register({ db, bus, clock, schema }),
};
