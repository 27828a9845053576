import { accountingService } from '@hpc-access/accounting';
import { allocationService } from '@hpc-access/allocation';
import { auditService } from '@hpc-access/audit';
import { ethicsReviewService } from '@hpc-access/ethics-review';
import { governancePledgesService } from '@hpc-access/governance-pledges';
import { intakeService } from '@hpc-access/intake';
import { notificationsService } from '@hpc-access/notifications';
import type { ServiceDefinition } from '@hpc-access/service-host';

/** Every bounded context that runs as a process of its own in distributed mode, by name. */
export const SERVICE_CATALOGUE: Readonly<Record<string, ServiceDefinition>> = {
  intake: intakeService,
  'governance-pledges': governancePledgesService,
  'ethics-review': ethicsReviewService,
  allocation: allocationService,
  accounting: accountingService,
  notifications: notificationsService,
  // Last: it reads the others' schemas (a missing one it skips until it appears).
  audit: auditService,
};

export function serviceDefinition(name: string): ServiceDefinition {
  const definition = SERVICE_CATALOGUE[name];
  if (!definition) throw new Error(`no service named ${name}; known: ${Object.keys(SERVICE_CATALOGUE).join(', ')}`);
  return definition;
}
