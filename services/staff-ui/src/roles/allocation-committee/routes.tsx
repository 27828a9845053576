import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateAllocationListSearch } from './allocation-list-search';
import { validateRankingSearch } from './ranking-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const SettingsPage = lazyRouteComponent(screens, 'SettingsPage');
const AllocationPage = lazyRouteComponent(screens, 'AllocationPage');
const AllocationsPage = lazyRouteComponent(screens, 'AllocationsPage');
const CapacityPage = lazyRouteComponent(screens, 'CapacityPage');
const CommitteeHome = lazyRouteComponent(screens, 'CommitteeHome');
const FailedOrdersPage = lazyRouteComponent(screens, 'FailedOrdersPage');
const QueuePage = lazyRouteComponent(screens, 'QueuePage');
const RankingPage = lazyRouteComponent(screens, 'RankingPage');
const ScorePage = lazyRouteComponent(screens, 'ScorePage');
const TimeToAccessPage = lazyRouteComponent(screens, 'TimeToAccessPage');

export function allocationCommitteeRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'allocation-committee');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: CommitteeHome });
  const capacity = createRoute({ getParentRoute: () => layout, path: 'capacity', component: CapacityPage });
  const queue = createRoute({ getParentRoute: () => layout, path: 'queue', component: QueuePage });
  const ranking = createRoute({ getParentRoute: () => layout, path: 'ranking', validateSearch: validateRankingSearch, component: Ranking });
  const timeToAccess = createRoute({ getParentRoute: () => layout, path: 'time-to-access', component: TimeToAccessPage });
  const orders = createRoute({ getParentRoute: () => layout, path: 'site-orders', component: FailedOrdersPage });
  const application = createRoute({ getParentRoute: () => layout, path: 'applications/$applicationId', component: Application });
  const allocations = createRoute({ getParentRoute: () => layout, path: 'allocations', validateSearch: validateAllocationListSearch, component: Allocations });
  const allocation = createRoute({ getParentRoute: () => layout, path: 'allocations/$allocationId', component: Allocation });
  function Allocations() {
    const search = allocations.useSearch();
    const navigate = allocations.useNavigate();
    return <AllocationsPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Allocation() {
    const { allocationId } = allocation.useParams();
    return <AllocationPage allocationId={allocationId} />;
  }
  function Ranking() {
    const search = ranking.useSearch();
    const navigate = ranking.useNavigate();
    return <RankingPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Application() {
    const { applicationId } = application.useParams();
    return <ScorePage applicationId={applicationId} />;
  }
  // The service's versioned configuration (components/settings): who may change it is the service's rule.
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: () => <SettingsPage service="allocation" /> });
  return layout.addChildren([home, capacity, queue, ranking, timeToAccess, orders, application, allocations, allocation, settings]);
}
