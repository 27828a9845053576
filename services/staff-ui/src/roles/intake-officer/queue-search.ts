import { listSearch, type ListSearch } from '../../components/list-search';

/** The screening queue's filters and page, kept in the URL (components/list-search.ts). */
export const QUEUE_STATUSES = ['submitted', 'screening', 'information-requested', 'eligible', 'ineligible'] as const;
export const MODES = ['playground', 'fast-lane', 'large-scale'] as const;

const queue = listSearch(QUEUE_STATUSES, MODES);

export type QueueSearch = ListSearch<(typeof QUEUE_STATUSES)[number], (typeof MODES)[number]>;
export const validateQueueSearch = queue.validate;
/** A filter changed: back to page 1, and an emptied filter leaves the URL. */
export const withFilter = queue.withFilter;
