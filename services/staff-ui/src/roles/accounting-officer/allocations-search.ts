/** The allocation list's view in the URL: all, or only those with alerts, overuse or underuse. */
export type AllocationsView = 'all' | 'alerts' | 'overuse' | 'underuse';
export const ALLOCATION_VIEWS: readonly AllocationsView[] = ['all', 'alerts', 'overuse', 'underuse'];

export interface AllocationsSearch {
  view?: AllocationsView;
}

export function validateAllocationsSearch(search: Record<string, unknown>): AllocationsSearch {
  const view = search['view'];
  return typeof view === 'string' && (ALLOCATION_VIEWS as readonly string[]).includes(view) && view !== 'all' ? { view: view as AllocationsView } : {};
}

/** Whether a balance belongs in the view: an alert is any threshold reached. */
export function inView(view: AllocationsView, a: { highestThresholdReached: number | null; overuse: boolean; underuse: boolean }): boolean {
  if (view === 'alerts') return a.highestThresholdReached !== null;
  if (view === 'overuse') return a.overuse;
  if (view === 'underuse') return a.underuse;
  return true;
}
