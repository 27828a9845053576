import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { AccountingHome } from './AccountingHome';
import { AllocationAccountPage } from './AllocationAccountPage';
import { AllocationsPage } from './AllocationsPage';
import { validateAllocationsSearch } from './allocations-search';
import { FlaggedRecordsPage } from './FlaggedRecordsPage';
import { ImportReportPage } from './ImportReportPage';
import { ImportsList } from './ImportsList';
import { UsageUploadPage } from './UsageUploadPage';

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
  return layout.addChildren([home, allocations, allocation, records, imports, upload, report]);
}
