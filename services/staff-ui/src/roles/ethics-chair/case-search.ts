/** The case list's filter and page, kept in the URL (`?status=awaiting-decision&page=2`). */
export const CASE_STATUSES = ['in-review', 'awaiting-decision', 'information-requested', 'decided', 'withdrawn'] as const;

export interface CaseSearch {
  status?: (typeof CASE_STATUSES)[number];
  page?: number;
}

export function validateCaseSearch(search: Record<string, unknown>): CaseSearch {
  const result: CaseSearch = {};
  if (typeof search['status'] === 'string' && (CASE_STATUSES as readonly string[]).includes(search['status'])) result.status = search['status'] as CaseSearch['status'];
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}
