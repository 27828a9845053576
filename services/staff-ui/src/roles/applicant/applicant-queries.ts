import { api, unwrap } from '../../api/client';
import { oldestFirst } from '../../components/oldest-first';

type Status = 'draft' | 'information-requested';

/** The applicant's applications in a status, oldest first, with how many there are. */
export function waitingInStatus(status: Status, count = 10) {
  return oldestFirst(
    async (page, pageSize) => unwrap(await api.GET('/api/applications', { params: { query: { status, page, pageSize } } })),
    count,
  );
}
