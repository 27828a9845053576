import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { validateObligationSearch } from './obligation-search';
import { validateBreachSearch, validateOrganisationSearch } from './organisation-search';

// Screens load when the role first opens one: each role is a chunk of its own (screens.ts).
const screens = () => import('./screens');
const SettingsPage = lazyRouteComponent(screens, 'SettingsPage');
const BreachReports = lazyRouteComponent(screens, 'BreachReports');
const GovernanceHome = lazyRouteComponent(screens, 'GovernanceHome');
const OrganisationPage = lazyRouteComponent(screens, 'OrganisationPage');
const OrganisationsList = lazyRouteComponent(screens, 'OrganisationsList');
const ObligationsList = lazyRouteComponent(screens, 'ObligationsList');
const PledgeVersions = lazyRouteComponent(screens, 'PledgeVersions');
const Suspensions = lazyRouteComponent(screens, 'Suspensions');

export function governanceOfficerRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'governance-officer');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: GovernanceHome });
  const organisations = createRoute({ getParentRoute: () => layout, path: 'organisations', validateSearch: validateOrganisationSearch, component: Organisations });
  const organisation = createRoute({ getParentRoute: () => layout, path: 'organisations/$organisationId', component: Organisation });
  const obligations = createRoute({ getParentRoute: () => layout, path: 'obligations', validateSearch: validateObligationSearch, component: Obligations });
  const pledges = createRoute({ getParentRoute: () => layout, path: 'pledges', component: PledgeVersions });
  const breaches = createRoute({ getParentRoute: () => layout, path: 'breaches', validateSearch: validateBreachSearch, component: Breaches });
  const suspensions = createRoute({ getParentRoute: () => layout, path: 'suspensions', component: Suspensions });
  function Organisations() {
    const search = organisations.useSearch();
    const navigate = organisations.useNavigate();
    return <OrganisationsList search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Organisation() {
    const { organisationId } = organisation.useParams();
    return <OrganisationPage organisationId={organisationId} />;
  }
  function Obligations() {
    const search = obligations.useSearch();
    const navigate = obligations.useNavigate();
    return <ObligationsList search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  function Breaches() {
    const search = breaches.useSearch();
    const navigate = breaches.useNavigate();
    return <BreachReports search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  // The service's versioned configuration (components/settings): who may change it is the service's rule.
  const settings = createRoute({ getParentRoute: () => layout, path: 'settings', component: () => <SettingsPage service="governance" /> });
  return layout.addChildren([home, organisations, organisation, obligations, pledges, breaches, suspensions, settings]);
}
