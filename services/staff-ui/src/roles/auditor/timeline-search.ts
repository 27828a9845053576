/**
 * The cross-service timeline's filters and page, kept in the URL
 * (`/auditor/timeline?service=governance&type=OrganisationSuspended&page=2`), so a finding can be linked.
 */
export const SERVICES = ['intake', 'governance', 'ethics', 'allocation', 'accounting'] as const;
export type Service = (typeof SERVICES)[number];

export interface TimelineSearch {
  service?: Service;
  streamId?: string;
  type?: string;
  actorId?: string;
  role?: string;
  /** ISO instants: `from` inclusive, `to` exclusive, as the API reads them. */
  from?: string;
  to?: string;
  page?: number;
}

export const TEXT_FILTERS = ['streamId', 'type', 'actorId', 'role'] as const;
const TEXT = /^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,199}$/;

const instant = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

export function validateTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const result: TimelineSearch = {};
  if (typeof search['service'] === 'string' && (SERVICES as readonly string[]).includes(search['service'])) result.service = search['service'] as Service;
  for (const key of TEXT_FILTERS) {
    const value = search[key];
    if (typeof value === 'string' && TEXT.test(value.trim())) result[key] = value.trim();
  }
  const from = instant(search['from']);
  const to = instant(search['to']);
  if (from) result.from = from;
  if (to) result.to = to;
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 1_000_000) result.page = page;
  return result;
}

/** A filter changed: back to page 1 (an empty field drops its filter). */
export function withTimelineFilter(search: TimelineSearch, change: Partial<Record<keyof Omit<TimelineSearch, 'page'>, string | null>>): TimelineSearch {
  const { page: _page, ...rest } = search;
  return validateTimelineSearch({ ...rest, ...change });
}

/** The API's query for a page of the timeline. */
export function timelineQuery(search: TimelineSearch, pageSize: number) {
  const { page, ...filters } = search;
  return { ...filters, page: page ?? 1, pageSize };
}
