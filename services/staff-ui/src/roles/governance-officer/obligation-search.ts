/** The obligations list's filters and page, kept in the URL (`/governance-officer/obligations?status=evidence-submitted&overdue=true`). */
export const OBLIGATION_STATUSES = ['open', 'evidence-submitted', 'fulfilled'] as const;

export interface ObligationSearch {
  status?: (typeof OBLIGATION_STATUSES)[number];
  overdue?: true;
  page?: number;
}

export function validateObligationSearch(search: Record<string, unknown>): ObligationSearch {
  const result: ObligationSearch = {};
  if (typeof search['status'] === 'string' && (OBLIGATION_STATUSES as readonly string[]).includes(search['status'])) result.status = search['status'] as ObligationSearch['status'];
  if (search['overdue'] === true || search['overdue'] === 'true') result.overdue = true;
  const page = Number(search['page']);
  if (Number.isInteger(page) && page > 1 && page <= 100_000) result.page = page;
  return result;
}

/** What the list asks the API: fulfilled ones are left out unless asked for (the officer's work is what is not done). */
export function obligationQuery(search: ObligationSearch, pageSize: number) {
  return { page: search.page ?? 1, pageSize, ...(search.status ? { status: search.status } : {}), ...(search.overdue ? { overdue: true } : {}) };
}
