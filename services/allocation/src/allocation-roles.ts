import { systemScopeOf, visibleSystems, type Caller, type Role, type SystemScope } from '@hpc-access/auth';
import type { ConfigurationService } from './configuration/configuration.service';
import { systemsHostedBy } from './configuration/domain/configuration';

/** Sites and technical assessors act on and read only the systems their site hosts (allocation's configuration). */
export async function systemScope(caller: Caller, configs: ConfigurationService): Promise<SystemScope> {
  return systemScopeOf(caller, async (siteId) => systemsHostedBy(await configs.current(), siteId));
}

/** A list's extra condition for a site-scoped caller: only rows of its systems. */
export function systemCondition(scope: SystemScope): Array<[string, unknown]> {
  const systems = visibleSystems(scope);
  return systems ? [['system IN (SELECT jsonb_array_elements_text(?::jsonb))', JSON.stringify(systems)]] : [];
}

/** Staff who read allocation's records; the auditor reads everything and writes nothing. */
export const STAFF_READERS: Role[] = ['allocation-committee', 'technical-assessor', 'ethics-chair', 'governance-officer', 'accounting-officer', 'intake-officer', 'auditor', 'administrator'];

/** Who may read applications and allocations: staff, the hosting sites (their systems'), and applicants for their organisation. */
export const READERS: Role[] = [...STAFF_READERS, 'site', 'applicant'];

/** Programme numbers are set by the allocation committee or an administrator. */
export const CONFIGURERS: Role[] = ['allocation-committee', 'administrator'];

/** A list's extra condition for a chair: every organisation's applications but their own. */
export function notChairsOwnOrganisation(actor: { role: string; organisationId?: string }): Array<[string, unknown]> {
  return actor.role === 'ethics-chair' && actor.organisationId !== undefined ? [['organisation_id <> ?', actor.organisationId]] : [];
}
