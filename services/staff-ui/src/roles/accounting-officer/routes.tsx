import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateAllocationsSearch } from './allocations-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const SettingsPage = lazyRouteComponent(screens, 'SettingsPage');
const AccountingHome = lazyRouteComponent(screens, 'AccountingHome');
const AllocationAccountPage = lazyRouteComponent(screens, 'AllocationAccountPage');
const AllocationsPage = lazyRouteComponent(screens, 'AllocationsPage');
const FlaggedRecordsPage = lazyRouteComponent(screens, 'FlaggedRecordsPage');
const ImportReportPage = lazyRouteComponent(screens, 'ImportReportPage');
const ImportsList = lazyRouteComponent(screens, 'ImportsList');
const UsageUploadPage = lazyRouteComponent(screens, 'UsageUploadPage');

export function accountingOfficerRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'accounting-officer');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: AccountingHome });
  const allocations = createRoute({ getParentRoute: () => layout, path: 'allocations', validateSearch: validateAllocationsSearch, component: Allocations });
  const allocation = createRoute({ getParentRoute: () => layout, path: 'allocations/$allocationId', component: Allocation });
  const records = createRoute({ getParentRoute: () => layout, path: 'records', component: FlaggedRecordsPage });
  const imports = createRoute({ getParentRoute: () => layout, path: 'imports', component: () => <ImportsList linkBase="/accounting-officer/imports" uploadTo="/accounting-officer/imports/new" /> });
  const upload = createRoute({ getParentRoute: () => layout, path: 'imports/new', component: UsageUploadPage });
  const report = createRoute({ getParentRoute: () => layout, path: 'imports/$importId', component: Report });
  function Allocations() {
    const search = allocations.useSearch();
    const navigate = allocations.useNavigate();
    return <AllocationsPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Allocation() {
    const { allocationId } = allocation.useParams();
    return <AllocationAccountPage allocationId={allocationId} />;
  }
  function Report() {
    const { importId } = report.useParams();
    return <ImportReportPage importId={importId} />;
  }
  // The service's versioned configuration (components/settings): who may change it is the service's rule.
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: () => <SettingsPage service="accounting" /> });
  return layout.addChildren([home, allocations, allocation, records, imports, upload, report, settings]);
}
