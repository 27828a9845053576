import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateCaseSearch } from './case-search';
import { validateReviewerSearch } from './reviewer-registry';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const SettingsPage = lazyRouteComponent(screens, 'SettingsPage');
const CaseList = lazyRouteComponent(screens, 'CaseList');
const CasePage = lazyRouteComponent(screens, 'CasePage');
const ChairHome = lazyRouteComponent(screens, 'ChairHome');
const ReviewersPage = lazyRouteComponent(screens, 'ReviewersPage');

export function ethicsChairRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'ethics-chair');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: ChairHome });
  const cases = createRoute({ getParentRoute: () => layout, path: 'cases', validateSearch: validateCaseSearch, component: Cases });
  const kase = createRoute({ getParentRoute: () => layout, path: 'cases/$caseId', component: Case });
  const reviewers = createRoute({ getParentRoute: () => layout, path: 'reviewers', validateSearch: validateReviewerSearch, component: Reviewers });
  function Reviewers() {
    const search = reviewers.useSearch();
    const navigate = reviewers.useNavigate();
    return <ReviewersPage search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Cases() {
    const search = cases.useSearch();
    const navigate = cases.useNavigate();
    return <CaseList search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Case() {
    const { caseId } = kase.useParams();
    return <CasePage caseId={caseId} />;
  }
  // The service's versioned configuration (components/settings): who may change it is the service's rule.
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: () => <SettingsPage service="ethics" /> });
  return layout.addChildren([home, cases, kase, reviewers, settings]);
}
