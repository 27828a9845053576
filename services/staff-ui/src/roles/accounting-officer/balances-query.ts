import { api, unwrap } from '../../api/client';
import { allPages } from '../../components/all-pages';

/** Every allocation's balance (the list has no alert filter: the screens filter what they show). */
export const allBalances = () => allPages((page, pageSize) => api.GET('/api/accounting/allocations', { params: { query: { page, pageSize } } }).then(unwrap));
