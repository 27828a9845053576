import type { Schemas } from '../../api/client';

/** The as-of view's choice, kept in the URL (`/auditor/as-of?entityType=allocation&id=…&asOf=…`). */
export type AsOfType = Schemas['EntityAsOf']['entityType'];
export const AS_OF_TYPES: readonly AsOfType[] = ['application', 'organisation', 'ethics-case', 'allocation', 'allocation-application', 'capacity-ledger', 'breach-report', 'organisation-pledge', 'allocation-account'];

export interface AsOfSearch {
  entityType?: AsOfType;
  id?: string;
  asOf?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,199}$/;

export function validateAsOfSearch(search: Record<string, unknown>): AsOfSearch {
  const result: AsOfSearch = {};
  if (typeof search['entityType'] === 'string' && (AS_OF_TYPES as readonly string[]).includes(search['entityType'])) result.entityType = search['entityType'] as AsOfType;
  if (typeof search['id'] === 'string' && ID.test(search['id']) && !search['id'].split('/').includes('..')) result.id = search['id'];
  if (typeof search['asOf'] === 'string' && !Number.isNaN(Date.parse(search['asOf']))) result.asOf = new Date(Date.parse(search['asOf'])).toISOString();
  return result;
}
