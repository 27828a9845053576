/**
 * A list's filters and page kept in the URL (`?status=screening&mode=playground&page=2`): a reload,
 * a bookmark or a link to a colleague shows the same list. Anything else in the URL is dropped, and
 * a value the API would refuse is left out rather than sent. One shape for every list filtered by
 * status, mode and organisation, each list naming its own statuses and modes.
 */
export interface ListSearch<Status extends string, Mode extends string> {
  status?: Status;
  mode?: Mode;
  organisationId?: string;
  page?: number;
}

export type ListFilterChange = Partial<Record<'status' | 'mode' | 'organisationId', string | null>>;

const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function listSearch<Status extends string, Mode extends string>(statuses: readonly Status[], modes: readonly Mode[]) {
  type Search = ListSearch<Status, Mode>;
  const validate = (search: Record<string, unknown>): Search => {
    const result: Search = {};
    const { status, mode, organisationId } = search;
    if (typeof status === 'string' && (statuses as readonly string[]).includes(status)) result.status = status as Status;
    if (typeof mode === 'string' && (modes as readonly string[]).includes(mode)) result.mode = mode as Mode;
    if (typeof organisationId === 'string' && ORGANISATION_ID.test(organisationId)) result.organisationId = organisationId;
    const page = Number(search['page']);
    if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
    return result;
  };
  /** A filter changed: back to page 1, and an emptied filter leaves the URL. */
  const withFilter = (search: Search, change: ListFilterChange): Search => {
    const next: Record<string, unknown> = { ...search, ...change };
    delete next['page'];
    for (const key of Object.keys(next)) if (next[key] === null || next[key] === '' || next[key] === undefined) delete next[key];
    return validate(next);
  };
  return { validate, withFilter };
}
