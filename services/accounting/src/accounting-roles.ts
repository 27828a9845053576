import { systemScopeOf, type Caller, type Role, type SystemScope } from '@hpc-access/auth';
import type { HostingSites } from './sites/hosting-sites';

/** Who may read allocations' balances; applicants are further limited to their organisation. */
export const BALANCE_READERS: Role[] = ['applicant', 'accounting-officer', 'auditor', 'allocation-committee', 'governance-officer', 'administrator'];

/** Who may read the ledger's job records (flagged, conflicting): staff only. */
export const LEDGER_READERS: Role[] = ['accounting-officer', 'auditor', 'administrator'];

/** An allocation's job records: those who read its balance, and the site hosting its system. */
export const JOB_RECORD_READERS: Role[] = [...BALANCE_READERS, 'site'];

/** Usage comes from the sites, or from an accounting officer on a named site's behalf (a file received by mail). */
export const USAGE_UPLOADERS: Role[] = ['site', 'accounting-officer'];

/** Import reports: staff, and the sites that sent them (each only its own). */
export const IMPORT_READERS: Role[] = [...LEDGER_READERS, 'site'];

/** Who may read the configuration; only officers and administrators change it. */
export const CONFIGURATION_READERS: Role[] = ['accounting-officer', 'administrator', 'auditor'];
export const CONFIGURATION_WRITERS: Role[] = ['accounting-officer', 'administrator'];

/** A site reads and acts only on the systems it hosts, as allocation's configuration says (HostingSitesChanged). */
export function systemScope(caller: Caller, sites: HostingSites): Promise<SystemScope> {
  return systemScopeOf(caller, (siteId) => sites.systemsOf(siteId));
}
