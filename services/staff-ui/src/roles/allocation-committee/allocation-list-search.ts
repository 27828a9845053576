import { listSearch, type ListSearch } from '../../components/list-search';

/**
 * The committee's allocation list in the URL (components/list-search.ts): the filters the API's
 * `GET /api/allocation/allocations` takes, and the page.
 */
export const ALLOCATION_STATUSES = ['awarded', 'active', 'suspended', 'closed'] as const;
export const ALLOCATION_MODES = ['playground', 'fast-lane', 'large-scale'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

const allocations = listSearch(ALLOCATION_STATUSES, ALLOCATION_MODES);

export type AllocationListSearch = ListSearch<AllocationStatus, (typeof ALLOCATION_MODES)[number]>;
export const validateAllocationListSearch = allocations.validate;
/** A filter changed: back to page 1, and an emptied filter leaves the URL. */
export const withAllocationFilter = allocations.withFilter;

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
