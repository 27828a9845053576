/** The inbox's page and order, kept in the URL (`/notifications?page=2&order=newest`). */
export interface InboxSearch {
  page?: number;
  order?: 'unread-first' | 'newest';
}

export const INBOX_PAGE_SIZE = 10;

export function validateInboxSearch(search: Record<string, unknown>): InboxSearch {
  const page = Number(search['page']);
  const result: InboxSearch = {};
  if (Number.isInteger(page) && page > 1) result.page = page;
  if (search['order'] === 'newest') result.order = 'newest';
  return result;
}

/** A page of any paged list from 1 (`?page=`), for the delivery logs. */
export function validatePageSearch(search: Record<string, unknown>): { page?: number } {
  const page = Number(search['page']);
  return Number.isInteger(page) && page > 1 ? { page } : {};
}
