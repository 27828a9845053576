/**
 * The committee's allocation list in the URL (`?status=suspended&mode=fast-lane&page=2`): the filters
 * the API's `GET /api/allocation/allocations` takes, and the page. Anything else is dropped, and a
 * value the API would refuse is left out rather than sent.
 */
export const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const;
export const ALLOCATION_MODES = ['playground', 'fast-lane', 'large-scale'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export interface AllocationListSearch {
  status?: AllocationStatus;
  mode?: (typeof ALLOCATION_MODES)[number];
  organisationId?: string;
  page?: number;
}

const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function validateAllocationListSearch(search: Record<string, unknown>): AllocationListSearch {
  const result: AllocationListSearch = {};
  const { status, mode, organisationId } = search;
  if (typeof status === 'string' && (ALLOCATION_STATUSES as readonly string[]).includes(status)) result.status = status as AllocationStatus;
  if (typeof mode === 'string' && (ALLOCATION_MODES as readonly string[]).includes(mode)) result.mode = mode as AllocationListSearch['mode'];
  if (typeof organisationId === 'string' && ORGANISATION_ID.test(organisationId)) result.organisationId = organisationId;
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

/** A filter changed: back to page 1, and an emptied filter leaves the URL. */
export function withAllocationFilter(search: AllocationListSearch, change: Partial<Record<'status' | 'mode' | 'organisationId', string | null>>): AllocationListSearch {
  const next: Record<string, unknown> = { ...search, ...change };
  delete next['page'];
  for (const key of Object.keys(next)) if (next[key] === null || next[key] === '' || next[key] === undefined) delete next[key];
  return validateAllocationListSearch(next);
}

/** The API's query for the search: the page size, and only the filters that are set. */
export function allocationListQuery(search: AllocationListSearch, pageSize: number) {
  return {
    page: search.page ?? 1,
    pageSize,
    ...(search.status ? { status: search.status } : {}),
    ...(search.mode ? { mode: search.mode } : {}),
    ...(search.organisationId ? { organisationId: search.organisationId } : {}),
  };
}
