import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { roleRoute } from '../role-route';
import { BreachReports } from './BreachReports';
import { GovernanceHome } from './GovernanceHome';
import { validateBreachSearch, validateOrganisationSearch } from './organisation-search';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsList } from './OrganisationsList';
import { PledgeVersions } from './PledgeVersions';
import { Suspensions } from './Suspensions';

export function governanceOfficerRoutes(parent: AnyRoute): AnyRoute {
  const layout = roleRoute(parent, 'governance-officer');
  const home = createRoute({ getParentRoute: () => layout, path: '/', component: GovernanceHome });
  const organisations = createRoute({ getParentRoute: () => layout, path: 'organisations', validateSearch: validateOrganisationSearch, component: Organisations });
  const organisation = createRoute({ getParentRoute: () => layout, path: 'organisations/$organisationId', component: Organisation });
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
  function Breaches() {
    const search = breaches.useSearch();
    const navigate = breaches.useNavigate();
    return <BreachReports search={search} onSearch={(next) => void navigate({ search: next })} />;
  }
  return layout.addChildren([home, organisations, organisation, pledges, breaches, suspensions]);
}
