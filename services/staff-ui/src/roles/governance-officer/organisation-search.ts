/** The organisations list's filters and page, kept in the URL (`?overdue=true&status=signed&page=2`). */
export const PLEDGE_STATUSES = ['unsigned', 'signed', 'lapsed', 'withdrawn'] as const;
export const FLAGS = ['overdue', 'suspended', 'openBreaches'] as const;
export type Flag = (typeof FLAGS)[number];

export interface OrganisationSearch {
  status?: (typeof PLEDGE_STATUSES)[number];
  overdue?: true;
  suspended?: true;
  openBreaches?: true;
  page?: number;
}

export function validateOrganisationSearch(search: Record<string, unknown>): OrganisationSearch {
  const result: OrganisationSearch = {};
  if (typeof search['status'] === 'string' && (PLEDGE_STATUSES as readonly string[]).includes(search['status'])) result.status = search['status'] as OrganisationSearch['status'];
  for (const flag of FLAGS) if (search[flag] === true || search[flag] === 'true') result[flag] = true;
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

/** A filter changed: back to page 1. */
export function withOrganisationFilter(search: OrganisationSearch, change: { status?: string | null; flags?: readonly string[] }): OrganisationSearch {
  const next: Record<string, unknown> = { status: change.status === undefined ? search.status : change.status };
  const flags = change.flags ?? FLAGS.filter((f) => search[f]);
  for (const flag of flags) next[flag] = true;
  return validateOrganisationSearch(next);
}

export const BREACH_STATUSES = ['open', 'confirmed', 'dismissed'] as const;

export interface BreachSearch {
  status?: (typeof BREACH_STATUSES)[number];
  page?: number;
}

export function validateBreachSearch(search: Record<string, unknown>): BreachSearch {
  const result: BreachSearch = {};
  if (typeof search['status'] === 'string' && (BREACH_STATUSES as readonly string[]).includes(search['status'])) result.status = search['status'] as BreachSearch['status'];
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}
