import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateCaseSearch } from './case-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const CaseList = lazyRouteComponent(screens, 'CaseList');
const CasePage = lazyRouteComponent(screens, 'CasePage');
const ChairHome = lazyRouteComponent(screens, 'ChairHome');

export function ethicsChairRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'ethics-chair');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: ChairHome });
  const cases = createRoute({ getParentRoute: () => layout, path: 'cases', validateSearch: validateCaseSearch, component: Cases });
  const kase = createRoute({ getParentRoute: () => layout, path: 'cases/$caseId', component: Case });
  function Cases() {
    const search = cases.useSearch();
    const navigate = cases.useNavigate();
    return <CaseList search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Case() {
    const { caseId } = kase.useParams();
    return <CasePage caseId={caseId} />;
  }
  return layout.addChildren([home, cases, kase]);
}
