/**
 * The screening queue's filters and page, kept in the URL (`?status=screening&mode=playground&page=2`):
 * a reload, a bookmark or a link to a colleague shows the same list. Anything else in the URL is
 * dropped, and a value the API would refuse is left out rather than sent.
 */
export const QUEUE_STATUSES = ['submitted', 'screening', 'information-requested', 'eligible', 'ineligible'] as const;
export const MODES = ['playground', 'fast-lane', 'large-scale'] as const;

export interface QueueSearch {
  status?: (typeof QUEUE_STATUSES)[number];
  mode?: (typeof MODES)[number];
  organisationId?: string;
  page?: number;
}

const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

export function validateQueueSearch(search: Record<string, unknown>): QueueSearch {
  const result: QueueSearch = {};
  if (typeof search['status'] === 'string' && (QUEUE_STATUSES as readonly string[]).includes(search['status'])) result.status = search['status'] as QueueSearch['status'];
  if (typeof search['mode'] === 'string' && (MODES as readonly string[]).includes(search['mode'])) result.mode = search['mode'] as QueueSearch['mode'];
  if (typeof search['organisationId'] === 'string' && ORGANISATION_ID.test(search['organisationId'])) result.organisationId = search['organisationId'];
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

/** A filter changed: back to page 1, and an emptied filter leaves the URL. */
export function withFilter(search: QueueSearch, change: Partial<Record<'status' | 'mode' | 'organisationId', string | null>>): QueueSearch {
  const next: Record<string, unknown> = { ...search, ...change };
  delete next['page'];
  for (const key of Object.keys(next)) if (next[key] === null || next[key] === '' || next[key] === undefined) delete next[key];
  return validateQueueSearch(next);
}
