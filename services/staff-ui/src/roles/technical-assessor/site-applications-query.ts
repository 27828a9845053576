import { api, unwrap } from '../../api/client';
import { allPages } from '../../components/all-pages';

/** Every application on the caller's site's systems (the API scopes a site or assessor token to them), oldest submission first. */
export async function siteApplications() {
  const items = await allPages((page, pageSize) => api.GET('/api/allocation/applications', { params: { query: { page, pageSize } } }).then(unwrap));
  return items.sort((a, b) => (a.submittedAt ?? a.updatedAt).localeCompare(b.submittedAt ?? b.updatedAt));
}
